using Brigade.Slack.FollowUp;
using Brigade.Slack.Payloads;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;
using BrigadeBot.Limits;

namespace BrigadeBot.Features.Impact;

/// <summary>« Recevoir le rapport complet »: animators only; the files go by DM after the acknowledgement.</summary>
public sealed class ReportFilesAction(Animators animators, SlackFollowUpQueue followUp, SlackMessenger messenger, MemberLimits limits)
    : AnimatorAction(animators, messenger)
{
    protected override async Task HandleForAnimatorAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        var user = payload.User.Id;
        var period = ReportPeriod.FromValue(action.Value);
        string answer;
        if (period is null) answer = ReportTexts.FilesBadPeriod;
        else if (limits.TryTake(ImpactIds.ReportFilesLimit, user) is { } refusal) answer = refusal;
        else
        {
            answer = ReportTexts.FilesOnTheirWay;
            followUp.Enqueue("impact report files", (services, token) =>
                services.GetRequiredService<ReportDelivery>().SendAsync(user, period, token));
        }
        await ReplyAsync(payload, answer, ct);
    }
}
