using System.Text.Json;
using System.Text.Json.Nodes;
using Brigade.Slack;
using Brigade.Slack.Inbound;
using Brigade.Slack.Payloads;
using BrigadeBot.Sandbox.Workspace;
using BrigadeBot.Scheduling;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Sandbox.Interaction;

/// <summary>
/// Stands in for Slack's client and servers on the inbound side: each thing a person does on the page becomes the
/// request Slack would send, handed to the bot's one dispatcher, and the acknowledgement is shown as Slack shows it.
/// </summary>
public sealed partial class SandboxSlackClient(SandboxInstance life)
{
    private SandboxWorkspace Workspace => life.Workspace;
    private DateTimeOffset Now => life.Clock.GetUtcNow();
    private string Command => life.Services.GetRequiredService<IOptions<SlackOptions>>().Value.Command;
    private string TimeZone => life.Services.GetRequiredService<BrigadeTimeZone>().Zone.Id;

    /// <summary>What a person typed in the composer: a slash command for the bot, or a plain message.</summary>
    /// <summary>
    /// What a person typed in a channel of the workspace or in their own DM; <c>false</c> for any other channel (the page
    /// only offers those: anything else is made up and would open a pane of its own).
    /// </summary>
    public async Task<bool> TypeAsync(SandboxPerson person, string channel, string typed, CancellationToken ct)
    {
        if (channel != SandboxIdentity.DirectChannelOf(person.Id) && !Workspace.Directory.Knows(channel)) return false;
        typed = typed.Trim();
        if (typed.Length == 0) return true;
        if (!typed.StartsWith('/'))
        {
            var message = Workspace.AddFromPerson(person.Id, channel, typed);
            await DispatchEventAsync(SandboxPayloads.MessagePosted(message), ct);
            return true;
        }
        var space = typed.IndexOf(' ');
        var command = space < 0 ? typed : typed[..space];
        if (!string.Equals(command, Command, StringComparison.OrdinalIgnoreCase))
        {
            Workspace.AddEphemeral(person.Id, channel, SandboxTexts.NotACommand(command), null, typed);
            return true;
        }
        var fields = new Dictionary<string, string?>
        {
            ["team_id"] = SandboxIdentity.TeamId, ["team_domain"] = SandboxIdentity.TeamDomain,
            ["channel_id"] = channel, ["channel_name"] = channel.StartsWith('D') ? "directmessage" : Workspace.Directory.ChannelName(channel),
            ["user_id"] = person.Id, ["user_name"] = person.Name, ["command"] = Command,
            ["text"] = space < 0 ? "" : typed[(space + 1)..],
            ["response_url"] = Workspace.IssueResponseUrl(new ResponseTarget(person.Id, channel, null)),
            ["trigger_id"] = Workspace.IssueTrigger(person.Id), ["api_app_id"] = SandboxIdentity.AppId,
            ["is_enterprise_install"] = "false",
        };
        var ack = await life.Dispatcher.DispatchCommandAsync(SlashCommand.FromFields(fields.GetValueOrDefault), ct);
        ShowCommandAck(person, channel, typed, ack);
        await life.SettleAsync();
        return true;
    }

    /// <summary>A person joins the workspace: Slack sends <c>team_join</c>.</summary>
    public async Task<SandboxPerson?> JoinAsync(CancellationToken ct)
    {
        if (Workspace.Directory.AddNewcomer(SandboxTexts.Newcomer) is not { } person) return null;
        await DispatchEventAsync(SandboxPayloads.TeamJoin(person, TimeZone, Now), ct);
        return person;
    }

    /// <summary>A person opens the App Home tab: Slack sends <c>app_home_opened</c> on every visit.</summary>
    public Task OpenHomeAsync(SandboxPerson person, CancellationToken ct) =>
        DispatchEventAsync(SandboxPayloads.AppHomeOpened(person, Workspace.Home(person.Id), Now), ct);

    private void ShowCommandAck(SandboxPerson person, string channel, string typed, SlackAck ack)
    {
        if (ack.StatusCode != 200)
            Workspace.AddEphemeral(person.Id, channel, SandboxTexts.CommandFailed(ack.StatusCode), null, typed);
        else if (ack.PlainText is { } text)
            Workspace.AddEphemeral(person.Id, channel, text, null, typed);
        else if (ack.Json is { } json && JsonNode.Parse(json) is JsonObject reply)
        {
            var replyText = reply["text"]?.ToString() ?? "";
            var blocks = reply["blocks"] as JsonArray;
            if (reply["response_type"]?.ToString() == "in_channel")
            {
                Workspace.AddFromPerson(person.Id, channel, typed);
                Workspace.AddFromBot(channel, replyText, blocks?.DeepClone() as JsonArray);
            }
            else
                Workspace.AddEphemeral(person.Id, channel, replyText, blocks?.DeepClone() as JsonArray, typed);
        }
    }

    private async Task<SlackAck> DispatchInteractionAsync(JsonObject payload, CancellationToken ct)
    {
        var ack = await life.Dispatcher.DispatchInteractionAsync(JsonSerializer.SerializeToUtf8Bytes(payload, SandboxJsonContext.Default.JsonObject), ct);
        await life.SettleAsync();
        return ack;
    }

    private async Task DispatchEventAsync(JsonObject body, CancellationToken ct)
    {
        await life.Dispatcher.DispatchEventAsync(JsonSerializer.SerializeToElement(body, SandboxJsonContext.Default.JsonObject), ct);
        await life.SettleAsync();
    }
}
