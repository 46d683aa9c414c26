using BrigadeBot.Features.Common;
using Brigade.Slack.BlockKit;

namespace BrigadeBot.Features.Codev;

/// <summary>A proposal as posted (and kept up to date) in the codev channel.</summary>
public static class ProposalMessage
{
    public static SlackMessage Build(CodevProposal proposal)
    {
        var open = proposal.Status == ProposalStatus.Open;
        var blocks = new List<Block>
        {
            SectionBlock.Markdown($"{CodevTexts.ProposalTitle(proposal.Id)}\n{MemberText.ForMrkdwn(proposal.Problem, 2500)}",
                open ? VoteButton(proposal.Id) : null),
        };
        if (!string.IsNullOrWhiteSpace(proposal.Context))
            blocks.Add(SectionBlock.Markdown($"{CodevTexts.ContextTitle}\n{MemberText.ForMrkdwn(proposal.Context, 2800)}"));
        blocks.Add(ContextBlock.Markdown(Footer(proposal)));
        return new SlackMessage(CodevTexts.ProposalFallback(proposal.Problem), blocks);
    }

    public static Button VoteButton(int proposalId) =>
        new(CodevIds.Vote, CodevTexts.VoteButton, proposalId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ButtonStyle.Primary, accessibilityLabel: CodevTexts.VoteLabel(proposalId));

    /// <summary>What members may know of the author: the mention, or that the proposal is anonymous.</summary>
    public static string Author(CodevProposal proposal) =>
        proposal.TeamTopic ? CodevTexts.ChosenByTeam : proposal.ShowAuthor ? CodevTexts.ProposedBy(proposal.AuthorId) : CodevTexts.Anonymous;

    private static string Footer(CodevProposal proposal)
    {
        var parts = new List<string> { Author(proposal), $"👍 {CodevTexts.Votes(proposal.Votes)}" };
        if (proposal.Status == ProposalStatus.Open) parts.Add(MemberMeetingTexts.VoteVisibilityShort);
        if (proposal.Status == ProposalStatus.Selected) parts.Add(CodevTexts.SelectedTag);
        if (proposal.Status == ProposalStatus.Archived)
            parts.Add(proposal.MergedIntoId is { } target ? CodevTexts.MergedTag(target) : CodevTexts.ArchivedTag);
        return string.Join(" · ", parts);
    }
}
