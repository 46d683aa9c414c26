using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;
using BrigadeBot.Scheduling;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.Watch;

/// <summary>
/// <c>/brigade veille</c> opens the scheduling modal (a URL typed after it fills the link);
/// <c>/brigade veille liste</c> shows the coming items. Animators only.
/// </summary>
public sealed class VeilleCommand(Animators animators, ISlackApi slack, ThemeCatalog themes, BrigadeTimeZone zone,
    IOptionsMonitor<WatchChannelOptions> channel, WatchPlanner planner, ILogger<VeilleCommand> log) : AnimatorCommand(animators)
{
    protected override async Task<CommandReply?> HandleForAnimatorAsync(SlashCommand command, CancellationToken ct)
    {
        if (SubCommandText.Normalize(command.Arguments) is "liste" or "list") return CommandReply.Ephemeral(await planner.ListMessageAsync(ct));
        if (string.IsNullOrEmpty(command.TriggerId)) return CommandReply.Ephemeral(WatchTexts.ModalFailed);

        var draft = WatchDraft.Empty(channel.CurrentValue.Channel, zone);
        if (TypedUrl(command.Arguments) is { } url) draft = draft with { Url = url };
        try
        {
            await slack.OpenViewAsync(command.TriggerId, WatchModal.Build(draft, themes.All, zone, WatchModalOrigin.New), ct);
            return null;
        }
        catch (SlackApiException ex)
        {
            log.LogWarning("The watch modal did not open ({Error})", ex.Error);
            return CommandReply.Ephemeral(WatchTexts.ModalFailed);
        }
    }

    // Slack may send a typed link as <https://…> or <https://…|label>.
    private static string? TypedUrl(string arguments)
    {
        var text = arguments.Trim();
        if (text.StartsWith('<') && text.EndsWith('>')) text = text[1..^1].Split('|')[0];
        return text.Length <= WatchDraft.UrlMax && Mrkdwn.IsSafeLinkUrl(text) ? text : null;
    }
}
