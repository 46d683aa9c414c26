using Brigade.Slack.BlockKit;
using Brigade.Slack.FollowUp;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Impact;

/// <summary>« Recevoir le rapport complet »: animators only; the files go by DM after the acknowledgement.</summary>
public sealed class ReportFilesAction(Animators animators, SlackFollowUpQueue followUp, SlackMessenger messenger) : IBlockActionHandler
{
    public async Task HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        var user = payload.User.Id;
        var period = ReportPeriod.FromValue(action.Value);
        var answer = !animators.Contains(user) ? CommonTexts.AnimatorsOnly
            : period is null ? ImpactTexts.FilesBadPeriod
            : ImpactTexts.FilesOnTheirWay;
        if (animators.Contains(user) && period is not null)
            followUp.Enqueue("impact report files", (services, token) =>
                services.GetRequiredService<ReportDelivery>().SendAsync(user, period, token));
        await messenger.ReplyToAsync(payload, new SlackMessage(answer), ct: ct);
    }
}
