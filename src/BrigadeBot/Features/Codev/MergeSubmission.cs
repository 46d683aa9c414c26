using Brigade.Slack.FollowUp;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Codev;

/// <summary>The merge modal's submit (animators): archives the proposal into the chosen one, votes carried over.</summary>
public sealed class MergeSubmission(ProposalStore proposals, Animators animators, CodevRefresher refresher, SlackFollowUpQueue followUp)
    : IViewSubmissionHandler
{
    public async Task<ViewSubmissionReply> HandleAsync(ViewSubmissionPayload payload, CancellationToken ct)
    {
        var target = ReplyTarget.FromMetadata(payload.View.PrivateMetadata);
        var userId = payload.User.Id;
        if (!animators.Contains(userId)) return Reply(target, userId, CommonTexts.AnimatorsOnly);
        if (target.Id is not { } sourceId || MergeModal.TargetOf(payload.View) is not { } targetId
            || await proposals.MergeAsync(sourceId, targetId, ct) is not var (source, into))
            return ViewSubmissionReply.WithError(CodevIds.MergeTargetBlock, CodevTexts.NotOpenAnyMore);
        refresher.RequestProposal(source.Id);
        refresher.RequestProposal(into.Id);
        return Reply(target, userId, CodevTexts.Merged(source.Id, into.Id, into.Votes));
    }

    private ViewSubmissionReply Reply(ReplyTarget target, string userId, string text)
    {
        followUp.Enqueue("codev merge reply", (services, token) =>
            target.ReplyAsync(services.GetRequiredService<SlackMessenger>(), userId, new(text), token));
        return ViewSubmissionReply.Close();
    }
}
