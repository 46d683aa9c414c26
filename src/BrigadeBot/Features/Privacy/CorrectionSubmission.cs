using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using BrigadeBot.Features.Common.Members;
using BrigadeBot.Features.Common.Privacy;

namespace BrigadeBot.Features.Privacy;

/// <summary>
/// Applies the corrections: the category, then each feature's list (cancellations, withdrawals), each feature applying
/// its own rules. Only the member's own records can change.
/// </summary>
public sealed class CorrectionSubmission(MemberProfileStore profiles, IEnumerable<IPersonalDataCorrection> corrections)
    : IViewSubmissionHandler
{
    public async Task<ViewSubmissionReply> HandleAsync(ViewSubmissionPayload payload, CancellationToken ct)
    {
        var member = payload.User.Id;
        var category = CorrectionModal.Category(payload.View);
        var categoryChanged = category is not null && category != (await profiles.FindAsync(member, ct))?.Category;
        if (categoryChanged) await profiles.SetCategoryAsync(member, category, ct);
        var changes = new List<string>();
        foreach (var correction in corrections)
        {
            var outcome = await correction.ApplyAsync(member, CorrectionModal.Ticked(payload.View, correction), ct);
            if (outcome.Changed > 0) changes.Add(correction.Done(outcome.Changed));
            changes.AddRange(outcome.LeftAsIs);
        }
        return ViewSubmissionReply.Update(CorrectionModal.Done(categoryChanged, changes));
    }
}
