using System.Globalization;
using Brigade.Slack.FollowUp;
using BrigadeBot.Features.Common.Privacy;

namespace BrigadeBot.Features.Codev;

/// <summary>
/// <c>/brigade corriger</c>'s list of open proposals: each ticked one is deleted, and its channel message removed after
/// the ack.
/// </summary>
public sealed class ProposalCorrection(ProposalStore proposals, SlackFollowUpQueue followUp) : IPersonalDataCorrection
{
    public string BlockId => CodevIds.CorrectionBlock;
    public string Label => CodevTexts.CorrectionLabel;
    public string Hint => CodevTexts.CorrectionHint;
    public string Nothing => CodevTexts.CorrectionNothing;

    public async Task<IReadOnlyList<CorrectionChoice>> ChoicesAsync(string memberId, CancellationToken ct) =>
        (await proposals.OpenByAsync(memberId, ct)).Select(p => new CorrectionChoice(p.Id.ToString(CultureInfo.InvariantCulture), CodevTexts.ProposalChoice(p.Id, p.Problem))).ToList();

    public async Task<CorrectionOutcome> ApplyAsync(string memberId, IReadOnlyList<string> values, CancellationToken ct)
    {
        var withdrawn = new List<CodevProposal>();
        foreach (var value in values)
            if (int.TryParse(value, out var id) && id > 0
                && await proposals.WithdrawAsync(id, memberId, ct) is { } proposal)
                withdrawn.Add(proposal);
        if (withdrawn.Count > 0)
            followUp.Enqueue("privacy: withdraw proposals", async (services, token) =>
            {
                var messages = services.GetRequiredService<ProposalMessages>();
                foreach (var proposal in withdrawn) await messages.DeleteAsync(proposal, token);
            });
        return withdrawn.Count;
    }

    public string Done(int count) => CodevTexts.Corrected(count);
}
