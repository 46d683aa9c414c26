using Brigade.Slack;
using Brigade.Slack.BlockKit;
using Brigade.Slack.WebApi;
using BrigadeBot.Hosting;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.Codev;

/// <summary>Records a proposal, posts it in the codev channel and words the member's confirmation.</summary>
public sealed class ProposalService(ProposalStore proposals, ISlackApi slack, CodevRefresher refresher,
    IOptionsMonitor<BrigadeOptions> brigade, IOptions<SlackOptions> slackOptions, ILogger<ProposalService> log)
{
    /// <summary>The problem as typed, trimmed, or the French reason it is refused.</summary>
    public static (string? Problem, string? Error) Validate(string? typed, string command)
    {
        var problem = (typed ?? "").Trim();
        if (problem.Length < CodevTexts.ProblemMin) return (null, CodevTexts.ProblemTooShort(command));
        if (problem.Length > CodevTexts.ProblemMax) return (null, CodevTexts.ProblemTooLong(problem.Length));
        return (problem, null);
    }

    public Task<CodevProposal> AddAsync(string problem, string? context, string authorId, bool anonymous, CancellationToken ct) =>
        proposals.AddAsync(problem, string.IsNullOrWhiteSpace(context) ? null : context.Trim(), authorId, !anonymous, ct);

    /// <summary>
    /// Posts the proposal in the codev channel. The proposal is already stored: a Slack failure only costs the post,
    /// and the member is told the proposal still shows in <c>/brigade sujets</c>.
    /// </summary>
    public async Task<SlackMessage> PublishAsync(CodevProposal proposal, CancellationToken ct)
    {
        var command = slackOptions.Value.Command;
        var channel = brigade.CurrentValue.Channels.Codev;
        if (string.IsNullOrEmpty(channel))
        {
            log.LogWarning("Brigade:Channels:Codev is not set; proposal {Id} was stored but not posted", proposal.Id);
            return new SlackMessage(CodevTexts.SavedNotPublished(proposal.Id, command));
        }
        PostedMessage posted;
        try
        {
            posted = await slack.PostMessageAsync(channel, ProposalMessage.Build(proposal), ct);
        }
        catch (SlackApiException ex)
        {
            log.LogError("Posting proposal {Id} in the codev channel failed ({Error})", proposal.Id, ex.Error);
            return new SlackMessage(CodevTexts.SavedNotPublished(proposal.Id, command));
        }
        await proposals.SetMessageAsync(proposal.Id, posted.Channel, posted.Ts, ct);
        // A vote cast from /brigade sujets before the message was known is drawn now.
        if (proposals.Find(proposal.Id)?.Votes > 0) refresher.RequestProposal(proposal.Id);
        return new SlackMessage(CodevTexts.Published(proposal.Id, posted.Channel, await slack.TryGetAsync(posted, ct), !proposal.ShowAuthor));
    }
}
