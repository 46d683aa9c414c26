using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common.Members;
using BrigadeBot.Features.Common.Privacy;

namespace BrigadeBot.Features.Privacy;

/// <summary><c>/brigade corriger</c>: opens the correction modal with the member's category and the lists the features contribute.</summary>
public sealed class CorrigerCommand(MemberProfileStore profiles, IEnumerable<IPersonalDataCorrection> corrections, ISlackApi slack)
    : ISlashCommandHandler
{
    public async Task<CommandReply?> HandleAsync(SlashCommand command, CancellationToken ct)
    {
        var member = command.UserId;
        var lists = new List<CorrectionList>();
        foreach (var correction in corrections) lists.Add(new CorrectionList(correction, await correction.ChoicesAsync(member, ct)));
        await slack.OpenViewAsync(command.TriggerId ?? "", CorrectionModal.Build((await profiles.FindAsync(member, ct))?.Category, lists), ct);
        return null;
    }
}

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
            if (await correction.ApplyAsync(member, CorrectionModal.Ticked(payload.View, correction), ct) is > 0 and var count)
                changes.Add(correction.Done(count));
        return ViewSubmissionReply.Update(CorrectionModal.Done(categoryChanged, changes));
    }
}
