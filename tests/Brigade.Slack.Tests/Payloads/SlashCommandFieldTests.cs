using System.Text;
using Brigade.Slack.Http;
using Brigade.Slack.Payloads;
using Brigade.Slack.Testing;

namespace Brigade.Slack.Tests.Payloads;

/// <summary>Every field of <see cref="SlashCommand.FromFields"/>, and the empty strings it promises when one is absent.</summary>
public sealed class SlashCommandFieldTests
{
    private static SlashCommand Parse(string body) =>
        SlashCommand.FromFields(SlackRequestBody.ParseForm(Encoding.UTF8.GetBytes(body)).GetValueOrDefault);

    [Fact]
    public void The_names_of_team_channel_and_user_are_read()
    {
        var command = Parse(SlackFixtures.Text("slash_command_docs_example.txt"));

        Assert.Equal(("example", "test", "Steve"), (command.TeamDomain, command.ChannelName, command.UserName));
    }

    [Fact]
    public void The_enterprise_fixture_gives_its_names_too()
    {
        var command = Parse(SlackFixtures.Text("slash_command_enterprise.txt"));

        Assert.Equal(("T111", "test-domain", "C111", "random", "primary-owner"),
            (command.TeamId, command.TeamDomain, command.ChannelId, command.ChannelName, command.UserName));
    }

    [Fact]
    public void No_field_at_all_gives_empty_strings_and_nulls()
    {
        var command = SlashCommand.FromFields(_ => null);

        Assert.Equal(("", "", "", "", "", "", ""),
            (command.TeamId, command.ChannelId, command.UserId, command.Command, command.Text, command.SubCommand, command.Arguments));
        Assert.Equal((null, null, null, null, null, null, null),
            (command.TeamDomain, command.EnterpriseId, command.ChannelName, command.UserName, command.ResponseUrl, command.TriggerId,
                command.ApiAppId));
        Assert.False(command.IsEnterpriseInstall);
    }

    [Fact]
    public void A_command_built_in_code_has_empty_strings_where_it_promises_one()
    {
        var command = new SlashCommand();

        Assert.Equal(("", "", "", "", "", "", ""),
            (command.TeamId, command.ChannelId, command.UserId, command.Command, command.Text, command.SubCommand, command.Arguments));
    }

    [Theory]
    [InlineData("TRUE", true)]
    [InlineData("false", false)]
    [InlineData("1", false)]
    public void Only_true_in_any_case_marks_an_org_wide_install(string value, bool expected)
    {
        Assert.Equal(expected, SlashCommand.FromFields(name => name == "is_enterprise_install" ? value : null).IsEnterpriseInstall);
    }
}
