using Brigade.Slack.BlockKit;
using Brigade.Slack.FollowUp;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Impact;

/// <summary>« Recevoir le rapport complet »: animators only; the files go by DM after the acknowledgement.</summary>
public sealed class ReportFilesAction(Animators animators, SlackFollowUpQueue followUp, SlackMessenger messenger) : AnimatorAction(animators, messenger)
{
    protected override async Task HandleForAnimatorAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        var user = payload.User.Id;
        var period = ReportPeriod.FromValue(action.Value);
        if (period is not null)
            followUp.Enqueue("impact report files", (services, token) =>
                services.GetRequiredService<ReportDelivery>().SendAsync(user, period, token));
        await ReplyAsync(payload, period is null ? ReportTexts.FilesBadPeriod : ReportTexts.FilesOnTheirWay, ct);
    }
}
