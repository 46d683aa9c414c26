using BrigadeBot.Features.Codev;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Features.Codev;

public sealed class VoteTests : IAsyncLifetime
{
    private BrigadeHost host = null!;

    public async Task InitializeAsync() => host = await BrigadeHost.StartAsync();
    public async Task DisposeAsync() => await host.DisposeAsync();

    private ProposalStore Proposals => host.Services.GetRequiredService<ProposalStore>();

    private async Task<CodevProposal> ProposeAsync(string problem, string author = BrigadeHost.Member)
    {
        await host.CommandAsync("proposer " + problem, userId: author);
        return (await Proposals.OpenRankedAsync()).Single(p => p.Problem == problem);
    }

    private Task VoteAsync(int proposalId, string memberId) => host.ClickAsync(CodevIds.Vote, proposalId.ToString(), memberId);

    [Fact]
    public async Task A_click_adds_the_vote_and_a_second_click_removes_it_and_says_so()
    {
        var proposal = await ProposeAsync("Comment animer une infolettre qui se fait lire ?");

        await VoteAsync(proposal.Id, "U0VOTER");
        await host.IdleAsync();
        Assert.Equal(1, (await Proposals.FindAsync(proposal.Id))!.Votes);
        Assert.Contains("est enregistré (1 vote)", host.Slack.RepliesTo("U0VOTER").Last());
        Assert.Contains("1 vote", host.Slack.CallsTo("chat.update").Last().AllText);

        await VoteAsync(proposal.Id, "U0VOTER");
        await host.IdleAsync();
        Assert.Equal(0, (await Proposals.FindAsync(proposal.Id))!.Votes);
        Assert.Contains("est retiré (aucun vote)", host.Slack.RepliesTo("U0VOTER").Last());
        Assert.Contains("aucun vote", host.Slack.CallsTo("chat.update").Last().AllText);
    }

    [Fact]
    public async Task A_member_may_support_several_proposals()
    {
        var first = await ProposeAsync("Comment documenter nos spectacles sur Wikidata ?");
        var second = await ProposeAsync("Comment choisir un outil de billetterie en ligne ?");

        await VoteAsync(first.Id, "U0VOTER");
        await VoteAsync(second.Id, "U0VOTER");

        Assert.Equal(1, (await Proposals.FindAsync(first.Id))!.Votes);
        Assert.Equal(1, (await Proposals.FindAsync(second.Id))!.Votes);
    }

    [Fact]
    public async Task A_burst_of_100_votes_from_100_members_counts_exactly_100_in_storage_and_in_the_last_update()
    {
        var proposal = await ProposeAsync("Comment rejoindre un public plus jeune avec peu de moyens ?");
        var members = Enumerable.Range(0, 100).Select(i => $"U0VOTER{i:D3}").ToList();

        // The first vote's refresh stays in flight while the 99 other clicks are answered: the votes that land meanwhile
        // must still reach the channel message, in one more update rather than ninety-nine.
        using var firstUpdateHeld = new ManualResetEventSlim();
        var firstUpdateStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var updatesSeen = 0;
        host.Slack.Handle("chat.update", _ =>
        {
            if (Interlocked.Increment(ref updatesSeen) != 1) return null;
            firstUpdateStarted.SetResult();
            firstUpdateHeld.Wait(TimeSpan.FromSeconds(10));
            return null;
        });

        var first = await host.ClickAsync(CodevIds.Vote, proposal.Id.ToString(), members[0]);
        await firstUpdateStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var others = await Task.WhenAll(members.Skip(1).Select(m => host.ClickAsync(CodevIds.Vote, proposal.Id.ToString(), m)));
        var responses = others.Prepend(first).ToList();
        firstUpdateHeld.Set();
        await host.IdleAsync();

        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode));
        var stored = (await Proposals.FindAsync(proposal.Id))!;
        Assert.Equal(100, stored.Votes);
        Assert.Equal(members.Order(), stored.VoterIds.Order());
        var updates = host.Slack.CallsTo("chat.update");
        Assert.Equal(2, updates.Count);
        Assert.All(updates, u => Assert.Equal((stored.ChannelId, stored.MessageTs), (u.Arg("channel"), u.Arg("ts"))));
        Assert.Contains("100 votes", updates.Last().AllText);
        Assert.All(members, m => Assert.Contains("est enregistré", Assert.Single(host.Slack.RepliesTo(m))));
    }

    [Fact]
    public async Task Sujets_ranks_open_proposals_by_votes_then_oldest_first_each_with_its_vote_button()
    {
        var oldest = await ProposeAsync("Sujet ancien sans aucun vote pour l'instant");
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        var tiedOlder = await ProposeAsync("Sujet à égalité, proposé en premier");
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        var tiedNewer = await ProposeAsync("Sujet à égalité, proposé en second");
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        var top = await ProposeAsync("Sujet le plus populaire de tous");
        foreach (var voter in new[] { "U0A", "U0B", "U0C" }) await VoteAsync(top.Id, voter);
        foreach (var voter in new[] { "U0D", "U0E" })
        {
            await VoteAsync(tiedNewer.Id, voter);
            await VoteAsync(tiedOlder.Id, voter);
        }

        var reply = await (await host.CommandAsync("sujets")).ReadObjectAsync();

        Assert.Equal("ephemeral", reply["response_type"]?.ToString());
        var text = reply.Readable();
        var order = new[] { top, tiedOlder, tiedNewer, oldest }.Select(p => text.IndexOf(p.Problem, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
        Assert.Contains("1. Proposition no " + top.Id, text);
        Assert.Equal(4, reply["blocks"]!.AsArray().Count(b => b?["accessory"]?["action_id"]?.ToString() == CodevIds.Vote));
    }

    [Fact]
    public async Task Only_animators_see_who_voted()
    {
        var proposal = await ProposeAsync("Comment protéger les comptes de notre organisme ?");
        await VoteAsync(proposal.Id, "U0SECRETVOTER");

        var member = await (await host.CommandAsync("sujets", userId: "U0CURIOUS")).Content.ReadAsStringAsync();
        var animator = await (await host.CommandAsync("sujets", userId: BrigadeHost.Animator)).Content.ReadAsStringAsync();
        await host.IdleAsync();

        Assert.DoesNotContain("U0SECRETVOTER", member);
        Assert.Contains("<@U0SECRETVOTER>", animator);
        Assert.DoesNotContain("U0SECRETVOTER", host.Slack.CallsTo("chat.update").Last().AllText);
    }

    [Fact]
    public async Task A_forged_vote_value_gets_a_friendly_message()
    {
        var response = await host.ClickAsync(CodevIds.Vote, "pas-un-nombre", "U0VOTER");
        await host.IdleAsync();

        Assert.True(response.IsSuccessStatusCode);
        Assert.Contains("Je ne trouve plus cette proposition", host.Slack.RepliesTo("U0VOTER").Single());
    }
}
