using Brigade.Slack.Payloads;
using Brigade.Slack.Testing;
using BrigadeBot.Features.Help;
using Microsoft.Extensions.DependencyInjection;
using BrigadeBot.Features.Common;
using System.Net;

namespace BrigadeBot.Tests.Features.Help;

public sealed class HelpCommandTests : IAsyncLifetime
{
    private BrigadeHost host = null!;

    public async Task InitializeAsync() => host = await BrigadeHost.StartAsync();
    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [InlineData("")]
    [InlineData("aide")]
    [InlineData("AIDE")]
    [InlineData("Àide")]
    public async Task Help_lists_every_sub_command_only_to_the_invoker(string text)
    {
        var response = await host.CommandAsync(text);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await response.ReadObjectAsync();
        Assert.Equal("ephemeral", reply["response_type"]?.ToString());
        var json = SlackCall.Unescaped(await response.Content.ReadAsStringAsync());
        Assert.Contains("/brigade aide", json);
        Assert.DoesNotContain("Vouliez-vous dire", json);
        Assert.Empty(host.Slack.Calls);
    }

    [Fact]
    public async Task The_help_is_one_reply_built_once_and_answered_again_as_it_was()
    {
        var first = await (await host.CommandAsync("aide")).Content.ReadAsStringAsync();
        var again = await (await host.CommandAsync("")).Content.ReadAsStringAsync();
        Assert.Equal(first, again);

        using var scope = host.Services.CreateScope();
        var help = scope.ServiceProvider.GetRequiredService<HelpCommand>();
        var command = new SlashCommand { Command = "/brigade", Text = "aide", UserId = "U1", ChannelId = "C1" };
        Assert.Same(await help.HandleAsync(command, default), await help.HandleAsync(command, default));
    }

    [Fact]
    public async Task An_unknown_sub_command_gets_the_help_with_the_closest_match()
    {
        var json = SlackCall.Unescaped(await (await host.CommandAsync("adie")).Content.ReadAsStringAsync());

        Assert.Contains(FrenchTypography.Apply("Je ne connais pas la sous-commande « adie »"), json);
        Assert.Contains(FrenchTypography.Apply("Vouliez-vous dire `/brigade aide` ?"), json);
    }

    [Theory]
    [InlineData("reservr", "reserver")]
    [InlineData("RÉSERVR cybersécurité", "reserver")]
    [InlineData("mes-reservation", "mes-reservations")]
    [InlineData("confidentialte", "confidentialite")]
    [InlineData("agnda", "agenda")]
    public async Task A_typo_is_answered_with_the_sub_command_it_resembles(string typed, string meant)
    {
        var json = SlackCall.Unescaped(await (await host.CommandAsync(typed)).Content.ReadAsStringAsync());

        Assert.Contains(FrenchTypography.Format($"Vouliez-vous dire `/brigade {meant}` ?"), json);
    }

    [Theory]
    [InlineData("réserver")]
    [InlineData("RESERVER")]
    [InlineData("Réserver")]
    public async Task Sub_commands_are_case_and_accent_insensitive(string typed)
    {
        var response = await host.CommandAsync(typed);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Je ne connais pas", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Nonsense_gets_the_help_without_a_suggestion()
    {
        var json = SlackCall.Unescaped(await (await host.CommandAsync("zzzzzzzzzz")).Content.ReadAsStringAsync());

        Assert.Contains("Je ne connais pas la sous-commande", json);
        Assert.DoesNotContain("Vouliez-vous dire", json);
        Assert.Contains("/brigade aide", json);
    }

    [Fact]
    public async Task Typed_text_echoed_in_the_help_cannot_ping_anyone()
    {
        var json = SlackCall.Unescaped(await (await host.CommandAsync("<!channel> bonjour")).Content.ReadAsStringAsync());

        Assert.DoesNotContain("<!channel>", json);
        Assert.Contains("&lt;!channel&gt;", json);
    }
}
