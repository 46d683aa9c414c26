using Brigade.Slack;
using Brigade.Slack.BlockKit;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.Codev;

/// <summary>Records a proposal, posts it in the codev channel and words the member's confirmation.</summary>
public sealed class ProposalService(ProposalStore proposals, CodevChannel channel, ISlackApi slack, CodevRefresher refresher,
    IOptions<SlackOptions> slackOptions, DataChanges changes)
{
    /// <summary>The problem as typed, trimmed, or the French reason it is refused.</summary>
    public static (string? Problem, string? Error) Validate(string? typed, string command)
    {
        var problem = (typed ?? "").Trim();
        if (problem.Length < CodevTexts.ProblemMin) return (null, CodevTexts.ProblemTooShort(command));
        if (problem.Length > CodevTexts.ProblemMax) return (null, CodevTexts.ProblemTooLong(problem.Length));
        return (problem, null);
    }

    /// <summary>Stores the proposal: anonymous unless <paramref name="showAuthor"/> (the member's choice or consent).</summary>
    public async Task<CodevProposal> AddAsync(string problem, string? context, string authorId, bool showAuthor, CancellationToken ct)
    {
        var proposal = await proposals.AddAsync(problem, string.IsNullOrWhiteSpace(context) ? null : context.Trim(), authorId, showAuthor, ct);
        changes.Notify(DataChange.ForEveryone);
        return proposal;
    }

    /// <summary>Rewrites the author's open proposal while it has no vote; the channel message and the Homes follow.</summary>
    public async Task<bool> EditAsync(int id, string authorId, string problem, string? context, bool showAuthor, CancellationToken ct)
    {
        if (!await proposals.EditAsync(id, authorId, problem, string.IsNullOrWhiteSpace(context) ? null : context.Trim(), showAuthor, ct))
            return false;
        refresher.RequestProposal(id);
        return true;
    }

    /// <summary>
    /// Posts the proposal in the codev channel. The proposal is already stored: a Slack failure only costs the post,
    /// and the member is told the proposal still shows in <c>/brigade sujets</c>.
    /// </summary>
    public async Task<SlackMessage> PublishAsync(CodevProposal proposal, CancellationToken ct)
    {
        var post = await channel.PostAsync(ProposalMessage.Build(proposal), $"proposal {proposal.Id}", ct);
        if (post.Posted is not { } posted) return new SlackMessage(CodevTexts.SavedNotPublished(proposal.Id, slackOptions.Value.Command));
        await proposals.SetMessageAsync(proposal.Id, posted.Channel, posted.Ts, ct);
        // A vote cast from /brigade sujets before the message was known is drawn now.
        if ((await proposals.FindAsync(proposal.Id, ct))?.Votes > 0) refresher.RequestProposal(proposal.Id);
        return new SlackMessage(CodevTexts.Published(proposal.Id, posted.Channel, await slack.TryGetAsync(posted, ct), !proposal.ShowAuthor));
    }
}
