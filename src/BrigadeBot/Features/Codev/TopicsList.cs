using BrigadeBot.Features.Common;
using Brigade.Slack.BlockKit;

namespace BrigadeBot.Features.Codev;

/// <summary>
/// <c>/brigade sujets</c>: open proposals ranked by votes, each with its vote button. Animators also see every
/// author and who voted, with « Fusionner… » and « Archiver ». Long lists are cut to stay within a message's 50 blocks.
/// </summary>
public static class TopicsList
{
    private const int MemberItems = 45;   // header, intro, who sees votes, items, "and N more"
    internal const int AnimatorItems = 15; // three blocks per item

    public static SlackMessage Build(IReadOnlyList<CodevProposal> ranked, bool forAnimator, string command)
    {
        var blocks = new List<Block>
        {
            new HeaderBlock(CodevTexts.TopicsHeader),
            ContextBlock.Markdown(ranked.Count == 0 ? CodevTexts.NoTopics(command) : CodevTexts.TopicsIntro(command)),
        };
        if (!forAnimator && ranked.Count > 0) blocks.Add(ContextBlock.Markdown(MemberMeetingTexts.VoteVisibility));
        var shown = ranked.Take(forAnimator ? AnimatorItems : MemberItems).ToList();
        for (var i = 0; i < shown.Count; i++)
        {
            var proposal = shown[i];
            var author = forAnimator
                ? CodevTexts.AuthorForAnimators(proposal.AuthorId, proposal.ShowAuthor)
                : ProposalMessage.Author(proposal);
            blocks.Add(SectionBlock.Markdown(
                $"{CodevTexts.TopicLine(i + 1, proposal.Id, proposal.Votes)}\n{MemberText.ForMrkdwn(proposal.Problem, 600)}\n_{author}_",
                ProposalMessage.VoteButton(proposal.Id)));
            if (!forAnimator) continue;
            blocks.Add(ContextBlock.Markdown(CodevTexts.Voters(proposal.VoterIds.Take(150))));
            blocks.Add(new ActionsBlock(ModerationButtons(proposal.Id)));
        }
        if (ranked.Count > shown.Count) blocks.Add(ContextBlock.Markdown(CodevTexts.MoreTopics(ranked.Count - shown.Count)));
        if (forAnimator) blocks.Add(ContextBlock.Markdown(CodevTexts.AnimatorFooter(command)));
        return new SlackMessage(CodevTexts.TopicsFallback, blocks);
    }

    private static List<Button> ModerationButtons(int proposalId)
    {
        var value = proposalId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return
        [
            new Button(CodevIds.MergeProposal, CodevTexts.MergeButton, value, accessibilityLabel: CodevTexts.MergeLabel(proposalId)),
            new Button(CodevIds.ArchiveProposal, CodevTexts.ArchiveButton, value, ButtonStyle.Danger, accessibilityLabel: CodevTexts.ArchiveLabel(proposalId),
                confirm: new ConfirmDialog(CodevTexts.ArchiveTitle, CodevTexts.ArchiveText, CodevTexts.ArchiveButton, CommonTexts.Cancel, danger: true)),
        ];
    }
}
