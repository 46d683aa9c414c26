using Brigade.Slack.FollowUp;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common.Members;
using BrigadeBot.Limits;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Codev;

/// <summary>
/// The proposal form's submit: checks, stores, then posts and confirms after the ack. The « Afficher mon nom » choice is
/// also the member's <see cref="ConsentPurposes.CodevName"/> consent from now on (recorded only when it changes). From
/// « Modifier » (the proposal's id in the target), it edits the author's proposal while nobody has voted for it.
/// </summary>
public sealed class ProposalSubmission(ProposalService service, Consents consents, SlackFollowUpQueue followUp, MemberLimits limits)
    : IViewSubmissionHandler
{
    public async Task<ViewSubmissionReply> HandleAsync(ViewSubmissionPayload payload, CancellationToken ct)
    {
        var form = ProposalModal.Read(payload.View);
        var problem = (form.Problem ?? "").Trim();
        var errors = new Dictionary<string, string>();
        if (problem.Length is < CodevTexts.ProblemMin or > CodevTexts.ProblemMax) errors[CodevIds.ProblemBlock] = CodevTexts.ProblemLength;
        if (form.Context?.Length > CodevTexts.ContextMax) errors[CodevIds.ContextBlock] = CodevTexts.ContextLength;
        if (errors.Count > 0) return ViewSubmissionReply.WithErrors(errors);
        if (ReplyTarget.FromMetadata(payload.View.PrivateMetadata) is { Id: { } editedId } edited)
            return await EditAsync(editedId, problem, form, payload.User.Id, edited, ct);
        if (limits.TryTake(CodevIds.ProposalsLimit, payload.User.Id) is { } refusal)
            return ViewSubmissionReply.WithError(CodevIds.ProblemBlock, refusal);

        var proposal = await service.AddAsync(problem, form.Context, payload.User.Id, form.ShowName, ct);
        await consents.RecordAsync(payload.User.Id, ConsentPurposes.CodevName, form.ShowName, ct);
        var target = ReplyTarget.FromMetadata(payload.View.PrivateMetadata);
        var userId = payload.User.Id;
        followUp.Enqueue($"codev publish proposal {proposal.Id}", async (services, token) =>
        {
            var confirmation = await services.GetRequiredService<ProposalService>().PublishAsync(proposal, token);
            await target.ReplyAsync(services.GetRequiredService<SlackMessenger>(), userId, confirmation, token);
        });
        return ViewSubmissionReply.Close();
    }

    private async Task<ViewSubmissionReply> EditAsync(int id, string problem, ProposalForm form, string userId, ReplyTarget target,
        CancellationToken ct)
    {
        if (!await service.EditAsync(id, userId, problem, form.Context, form.ShowName, ct))
            return ViewSubmissionReply.WithError(CodevIds.ProblemBlock, CodevTexts.CannotEditProposal);
        await consents.RecordAsync(userId, ConsentPurposes.CodevName, form.ShowName, ct);
        followUp.Enqueue($"codev proposal {id} edited", (services, token) =>
            target.ReplyAsync(services.GetRequiredService<SlackMessenger>(), userId, new(CodevTexts.ProposalEdited(id)), token));
        return ViewSubmissionReply.Close();
    }
}
