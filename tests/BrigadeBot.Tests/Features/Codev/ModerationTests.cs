using System.Text.Json.Nodes;
using BrigadeBot.Features.Codev;
using BrigadeBot.Features.Common;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Features.Codev;

/// <summary>Animators merge duplicate proposals (votes carried over, one per member) or archive them.</summary>
public sealed class ModerationTests
{
    [Fact]
    public async Task Merging_carries_the_votes_over_once_per_member_and_archiving_closes_the_vote()
    {
        await using var host = await BrigadeHost.StartAsync();
        var proposals = host.Services.GetRequiredService<ProposalStore>();
        var duplicate = await host.ProposeAsync("Comment attirer les jeunes à nos spectacles ?", author: "U0FIRST");
        var kept = await host.ProposeAsync("Comment rejoindre les 15-25 ans avec nos spectacles ?", author: "U0SECOND");
        var stale = await host.ProposeAsync("Comment choisir un logiciel de billetterie en 2019 ?", author: "U0THIRD");
        foreach (var (id, voter) in new[] { (duplicate.Id, "U0V1"), (duplicate.Id, "U0BOTH"), (kept.Id, "U0BOTH"), (kept.Id, "U0V2") })
            await host.ClickAsync(CodevIds.Vote, id.ToString(), voter);
        await host.IdleAsync();

        var list = (await (await host.CommandAsync("sujets", userId: BrigadeHost.Animator)).ReadObjectAsync()).ToJsonString();
        Assert.Contains(CodevIds.MergeProposal, list);
        Assert.Contains(CodevIds.ArchiveProposal, list);
        Assert.DoesNotContain(CodevIds.MergeProposal, (await (await host.CommandAsync("sujets", userId: "U0V1")).ReadObjectAsync()).ToJsonString());

        await host.ClickAsync(CodevIds.MergeProposal, duplicate.Id.ToString(), "U0V1");
        await host.IdleAsync();
        Assert.Contains(CommonTexts.AnimatorsOnly, host.Slack.RepliesTo("U0V1").Last());

        await host.ClickAsync(CodevIds.MergeProposal, duplicate.Id.ToString(), BrigadeHost.Animator);
        var form = host.Slack.OpenedView();
        Assert.Equal(CodevIds.MergeModal, form["callback_id"]!.ToString());
        var choice = new Dictionary<string, JsonObject> { [CodevIds.MergeTargetBlock] = CodevSlack.Select(kept.Id.ToString()) };
        Assert.Equal("", await (await host.SubmitAsync(form, BrigadeHost.Animator, choice)).Content.ReadAsStringAsync());
        await host.IdleAsync();

        var merged = (await proposals.FindAsync(duplicate.Id))!;
        Assert.Equal((ProposalStatus.Archived, kept.Id), (merged.Status, merged.MergedIntoId));
        Assert.Equal(["U0BOTH", "U0V2", "U0V1"], (await proposals.FindAsync(kept.Id))!.VoterIds);
        Assert.Contains("compte maintenant 3 votes", host.Slack.RepliesTo(BrigadeHost.Animator).Last());
        var again = new Dictionary<string, JsonObject> { [CodevIds.MergeTargetBlock] = CodevSlack.Select(kept.Id.ToString()) };
        Assert.Contains("plus ouverte", await (await host.SubmitAsync(form, BrigadeHost.Animator, again)).Content.ReadAsStringAsync());

        await host.ClickAsync(CodevIds.ArchiveProposal, stale.Id.ToString(), BrigadeHost.Animator);
        await host.IdleAsync();
        Assert.Equal(ProposalStatus.Archived, (await proposals.FindAsync(stale.Id))!.Status);
        Assert.Equal([kept.Id], (await proposals.OpenRankedAsync()).Select(p => p.Id));
        await host.ClickAsync(CodevIds.Vote, stale.Id.ToString(), "U0LATE");
        await host.IdleAsync();
        Assert.Contains("n'est plus ouverte au vote", host.Slack.RepliesTo("U0LATE").Single());
    }
}
