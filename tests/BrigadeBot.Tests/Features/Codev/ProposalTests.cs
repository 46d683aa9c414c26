using System.Net;
using System.Text.Json.Nodes;
using Brigade.Slack.Testing;
using BrigadeBot.Features.Codev;
using BrigadeBot.Features.Common.Members;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Features.Codev;

public sealed class ProposalTests : IAsyncLifetime
{
    private const string Problem = "Comment faire connaître mon exposition sans budget publicitaire ?";
    private BrigadeHost host = null!;

    public async Task InitializeAsync() => host = await BrigadeHost.StartAsync();
    public async Task DisposeAsync() => await host.DisposeAsync();

    private ProposalStore Proposals => host.Services.GetRequiredService<ProposalStore>();

    [Fact]
    public async Task A_typed_proposal_is_stored_posted_anonymously_in_the_codev_channel_and_confirmed_with_its_permalink()
    {
        var response = await host.CommandAsync("proposer " + Problem);

        var reply = await response.ReadObjectAsync();
        Assert.Equal("ephemeral", reply["response_type"]?.ToString());
        Assert.Contains("https://slack.invalid/archives/C0CODEV/", reply.ToJsonString());
        Assert.Contains("Votre nom n'y paraît pas", reply.Readable());
        var stored = Assert.Single(await Proposals.OpenRankedAsync());
        Assert.Equal(Problem, stored.Problem);
        Assert.Equal(BrigadeHost.Member, stored.AuthorId);
        Assert.False(stored.ShowAuthor);
        var post = Assert.Single(host.Slack.CallsTo("chat.postMessage"));
        Assert.Equal("C0CODEV", post.Arg("channel"));
        Assert.Contains(Problem, post.AllText);
        Assert.Contains("Proposition anonyme", post.AllText);
        Assert.DoesNotContain(BrigadeHost.Member, post.AllText);
        Assert.Contains("aucun vote", post.AllText);
        Assert.Contains("Voter", post.AllText);
        Assert.Equal(post.Response["ts"]?.ToString(), stored.MessageTs);
    }

    [Fact]
    public async Task A_typed_proposal_names_its_author_once_the_codev_name_consent_is_granted()
    {
        await host.Services.GetRequiredService<Consents>()
            .RecordAsync(BrigadeHost.Member, ConsentPurposes.CodevName, true, CancellationToken.None);

        await host.CommandAsync("proposer " + Problem);

        Assert.True(Assert.Single(await Proposals.OpenRankedAsync()).ShowAuthor);
        Assert.Contains($"<@{BrigadeHost.Member}>", Assert.Single(host.Slack.CallsTo("chat.postMessage")).AllText);
    }

    [Theory]
    [InlineData("court !")]
    [InlineData("  court   ")]
    [InlineData(null)]
    public async Task Too_short_or_too_long_proposals_get_a_friendly_message_and_nothing_is_stored(string? typed)
    {
        typed ??= new string('a', 1001);
        var response = await host.CommandAsync("proposer " + typed);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await response.ReadObjectAsync();
        Assert.Equal("ephemeral", reply["response_type"]?.ToString());
        Assert.Matches("courte|limite", reply["text"]!.ToString());
        Assert.Empty(await Proposals.OpenRankedAsync());
        Assert.Empty(host.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task Exactly_ten_and_exactly_a_thousand_characters_are_accepted()
    {
        await host.CommandAsync("proposer " + new string('x', 10));
        await host.CommandAsync("proposer " + new string('y', 1000));

        Assert.Equal(2, (await Proposals.OpenRankedAsync()).Count);
    }

    [Fact]
    public async Task A_form_proposal_is_anonymous_by_default_hidden_from_members_but_not_from_animators()
    {
        var response = await host.CommandAsync("proposer", userId: "U0AUTHOR");
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        var view = host.Slack.OpenedView();
        Assert.Contains("Afficher mon nom avec la proposition", view.Readable());
        Assert.Null(view["blocks"]!.AsArray().Last()!["element"]!["initial_options"]);

        await host.SubmitAsync(view, "U0AUTHOR", new()
        {
            [CodevIds.ProblemBlock] = CodevSlack.Text(Problem),
            [CodevIds.ContextBlock] = CodevSlack.Text("Artiste en arts visuels à Saint-Jérôme."),
        });
        await host.IdleAsync();

        var stored = Assert.Single(await Proposals.OpenRankedAsync());
        Assert.Equal("U0AUTHOR", stored.AuthorId);
        Assert.False(stored.ShowAuthor);
        var post = Assert.Single(host.Slack.CallsTo("chat.postMessage"));
        Assert.Contains("Proposition anonyme", post.AllText);
        Assert.Contains("Saint-Jérôme", post.AllText);
        Assert.DoesNotContain("U0AUTHOR", post.AllText);
        var confirmation = host.Slack.CallsTo("(response_url)").Last();
        Assert.Contains("https://slack.invalid/archives/C0CODEV/", confirmation.AllText);

        var memberView = await (await host.CommandAsync("sujets", userId: "U0OTHER")).Content.ReadAsStringAsync();
        Assert.Contains("Proposition anonyme", memberView);
        Assert.DoesNotContain("U0AUTHOR", memberView);
        var animatorView = await (await host.CommandAsync("sujets", userId: BrigadeHost.Animator)).Content.ReadAsStringAsync();
        Assert.Contains("<@U0AUTHOR>", animatorView);
    }

    [Fact]
    public async Task Ticking_show_my_name_names_the_author_and_is_remembered_as_the_codev_name_consent()
    {
        await host.CommandAsync("proposer", userId: "U0AUTHOR");
        await host.SubmitAsync(host.Slack.OpenedView(), "U0AUTHOR", new()
        {
            [CodevIds.ProblemBlock] = CodevSlack.Text(Problem),
            [CodevIds.ShowNameBlock] = CodevSlack.Checked(CodevIds.ShowNameOption),
        });
        await host.IdleAsync();

        Assert.True(Assert.Single(await Proposals.OpenRankedAsync()).ShowAuthor);
        Assert.Contains("<@U0AUTHOR>", Assert.Single(host.Slack.CallsTo("chat.postMessage")).AllText);
        Assert.True(await host.Services.GetRequiredService<Consents>()
            .IsGrantedAsync("U0AUTHOR", ConsentPurposes.CodevName));
        await host.CommandAsync("proposer", userId: "U0AUTHOR");
        Assert.NotNull(host.Slack.OpenedView()["blocks"]!.AsArray().Last()!["element"]!["initial_options"]);
    }

    [Fact]
    public async Task The_form_refuses_a_too_short_problem_and_keeps_nothing()
    {
        await host.CommandAsync("proposer");

        var response = await host.SubmitAsync(host.Slack.OpenedView(), BrigadeHost.Member,
            new() { [CodevIds.ProblemBlock] = CodevSlack.Text("court") });

        var reply = await response.ReadObjectAsync();
        Assert.Equal("errors", reply["response_action"]?.ToString());
        Assert.NotNull(reply["errors"]?[CodevIds.ProblemBlock]);
        await host.IdleAsync();
        Assert.Empty(await Proposals.OpenRankedAsync());
    }

    [Fact]
    public async Task No_typed_text_reaches_mrkdwn_unescaped()
    {
        await host.CommandAsync("proposer <!channel> <@U0VICTIM> & <https://evil.example|cliquez> pour voir");
        await host.CommandAsync("proposer");
        await host.SubmitAsync(host.Slack.OpenedView(), BrigadeHost.Member, new()
        {
            [CodevIds.ProblemBlock] = CodevSlack.Text("<!here> " + new string('&', 990)),
            [CodevIds.ContextBlock] = CodevSlack.Text("<!everyone> contexte"),
        });
        await host.IdleAsync();
        var topics = await (await host.CommandAsync("sujets", userId: BrigadeHost.Animator)).Content.ReadAsStringAsync();

        var everything = host.Slack.AllTextSent + topics;
        foreach (var ping in new[] { "<!channel>", "<!here>", "<!everyone>", "<@U0VICTIM>", "<https://evil" })
            Assert.DoesNotContain(ping, everything);
        Assert.Contains("&lt;!channel&gt;", everything);
        Assert.Equal(2, (await Proposals.OpenRankedAsync()).Count);
    }

    [Fact]
    public async Task A_channel_the_bot_cannot_post_in_keeps_the_proposal_and_tells_the_member()
    {
        host.Slack.Enqueue("chat.postMessage", FakeReply.Error("not_in_channel"));

        var reply = await (await host.CommandAsync("proposer " + Problem)).ReadObjectAsync();

        Assert.Contains("enregistrée", reply["text"]!.ToString());
        Assert.Contains("/brigade sujets", reply["text"]!.ToString());
        Assert.Single(await Proposals.OpenRankedAsync());
    }
}
