using System.Text;
using Brigade.Slack.Http;
using Brigade.Slack.Payloads;
using Brigade.Slack.Testing;

namespace Brigade.Slack.Tests.Payloads;

/// <summary>Slash command bodies exactly as Slack sends them, through the form parser and <see cref="SlashCommand.FromFields"/>.</summary>
public sealed class SlashCommandFixtureTests
{
    private static SlashCommand Parse(string body)
    {
        var form = SlackRequestBody.ParseForm(Encoding.UTF8.GetBytes(body));
        return SlashCommand.FromFields(form.GetValueOrDefault);
    }

    [Fact]
    public void The_docs_example_with_unencoded_slashes_parses()
    {
        var command = Parse(SlackFixtures.Text("slash_command_docs_example.txt"));

        Assert.Equal("T0001", command.TeamId);
        Assert.Equal("E0001", command.EnterpriseId);
        Assert.Equal("C2147483705", command.ChannelId);
        Assert.Equal("U2147483697", command.UserId);
        Assert.Equal("/weather", command.Command);
        Assert.Equal("94070", command.Text);
        Assert.Equal("https://hooks.slack.com/commands/1234/5678", command.ResponseUrl);
        Assert.Equal("13345224609.738474920.8088930838d88f008e0", command.TriggerId);
        Assert.Equal("A123456", command.ApiAppId);
        Assert.False(command.IsEnterpriseInstall);
    }

    [Fact]
    public void The_enterprise_example_decodes_percent_escapes_and_plus()
    {
        var command = Parse(SlackFixtures.Text("slash_command_enterprise.txt"));

        Assert.Equal("W111", command.UserId);
        Assert.Equal("E111", command.EnterpriseId);
        Assert.Equal("/hello-world", command.Command);
        Assert.Equal("Hi", command.Text);
        Assert.Equal("https://hooks.slack.com/commands/T111/111/xxxxx", command.ResponseUrl);
    }

    [Fact]
    public void The_signed_example_has_an_empty_text()
    {
        var command = Parse(SlackFixtures.SignedExample.Body);

        Assert.Equal("G8PSS9T3V", command.ChannelId);
        Assert.Equal("U2CERLKJA", command.UserId);
        Assert.Equal("/webhook-collect", command.Command);
        Assert.Equal("", command.Text);
        Assert.Equal("https://hooks.slack.com/commands/T1DC2JH3J/397700885554/96rGlfmibIGlgcZRskXaIFfN", command.ResponseUrl);
    }

    [Fact]
    public void Accents_arrive_as_utf8_escapes_and_a_literal_plus_as_2B()
    {
        var command = Parse("command=%2Fbrigade&user_id=U1&text=R%C3%A9server+cyber%2Bs%C3%A9curit%C3%A9");

        Assert.Equal("Réserver cyber+sécurité", command.Text);
    }

    [Fact]
    public void An_org_wide_install_is_recognised()
    {
        Assert.True(Parse("command=%2Fbrigade&user_id=U1&is_enterprise_install=true").IsEnterpriseInstall);
    }

    [Fact]
    public void Absent_fields_become_empty_and_unknown_fields_are_ignored()
    {
        var command = Parse("command=%2Fbrigade&user_id=U1&surprise=1&flag");

        Assert.Equal("", command.Text);
        Assert.Equal("", command.ChannelId);
        Assert.Null(command.ResponseUrl);
    }
}
