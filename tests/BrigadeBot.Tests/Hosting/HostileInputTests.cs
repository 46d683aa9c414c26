using System.Net;
using System.Text.Json.Nodes;
using Brigade.Slack.Routing;
using Brigade.Slack.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BrigadeBot.Tests.Hosting;

/// <summary>
/// Every route the features registered, hit with what a confused client or a forger could send: no 5xx, and no
/// handler fails (a failure would show members an apology instead of a clear French answer).
/// </summary>
public sealed class HostileInputTests : IAsyncLifetime
{
    private static readonly string[] Values = ["", "x", "0", "-1", "999999999", "<!channel>", "{\"id\":1}", "a|b|c", new string('9', 2000)];
    private BrigadeHost host = null!;

    public async Task InitializeAsync() => host = await BrigadeHost.StartAsync();
    public async Task DisposeAsync() => await host.DisposeAsync();

    private SlackRoutes Routes => host.Services.GetRequiredService<SlackRoutes>();

    [Fact]
    public async Task Every_sub_command_with_hostile_text_gets_an_answer()
    {
        foreach (var route in Routes.Commands)
        foreach (var user in new[] { BrigadeHost.Member, BrigadeHost.Animator })
        foreach (var text in new[] { "", "<!channel> & <@U0OTHER>", "liste", "ajouter", "9999-99-99", "\"'%;--" })
            Assert.Equal(HttpStatusCode.OK, (await host.CommandAsync($"{route.Name} {text}", user)).StatusCode);
        await AssertNoHandlerFailedAsync();
    }

    [Fact]
    public async Task Every_action_with_a_forged_value_is_handled_without_failing()
    {
        Assert.True(Routes.ActionIds.Count() > 20, "the features' actions are registered");
        foreach (var actionId in Routes.ActionIds)
        foreach (var value in Values)
        foreach (var user in new[] { BrigadeHost.Member, BrigadeHost.Animator })
        {
            var payload = SlackFixtures.Json("block_actions_button.json");
            payload["user"]!["id"] = user;
            payload["response_url"] = host.Slack.ResponseUrl("hostile");
            var action = payload["actions"]![0]!;
            action["action_id"] = actionId;
            action["value"] = value;
            Assert.Equal(HttpStatusCode.OK, (await host.InteractionAsync(payload)).StatusCode);
        }
        await AssertNoHandlerFailedAsync();
    }

    [Fact]
    public async Task Every_view_submitted_empty_or_with_forged_metadata_is_answered()
    {
        Assert.True(Routes.ViewCallbackIds.Count() > 10, "the features' modals are registered");
        foreach (var callbackId in Routes.ViewCallbackIds)
        foreach (var metadata in Values)
        foreach (var user in new[] { BrigadeHost.Member, BrigadeHost.Animator })
        {
            var payload = SlackFixtures.Json("view_submission.json");
            payload["user"]!["id"] = user;
            payload["view"]!["callback_id"] = callbackId;
            payload["view"]!["private_metadata"] = metadata;
            payload["view"]!["state"] = new JsonObject { ["values"] = new JsonObject() };
            var response = await host.InteractionAsync(payload);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        await AssertNoHandlerFailedAsync();
    }

    private async Task AssertNoHandlerFailedAsync()
    {
        await host.IdleAsync();
        var failures = host.Logs.Lines.Where(l => l.Level >= LogLevel.Error).Select(l => l.FullText).ToList();
        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(5)));
    }
}
