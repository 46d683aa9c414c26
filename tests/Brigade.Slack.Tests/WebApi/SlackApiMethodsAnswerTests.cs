using System.Text.Json.Nodes;
using Brigade.Slack.BlockKit;
using Brigade.Slack.Testing;
using Brigade.Slack.Tests.Support;
using Brigade.Slack.WebApi;

namespace Brigade.Slack.Tests.WebApi;

/// <summary>
/// What the typed methods make of Slack's answers, sparse ones included, which optional arguments they leave out,
/// and how users.list walks its pages.
/// </summary>
public sealed class SlackApiMethodsAnswerTests : IAsyncLifetime
{
    private static readonly ModalView Modal = new("Réserver", [SectionBlock.Plain("Choisis un thème")]);
    private SlackApiHarness harness = null!;

    public async Task InitializeAsync() => harness = await SlackApiHarness.StartAsync();
    public async Task DisposeAsync() => await harness.DisposeAsync();

    private ISlackApi Api => harness.Api;
    private SlackCall Only(string method) => Assert.Single(harness.Slack.CallsTo(method));
    private void AnswerOk(string method, JsonObject? fields = null, int times = 1)
    {
        var body = fields ?? new JsonObject();
        body["ok"] = true;
        harness.Slack.Enqueue(method, new FakeReply(200, body), times);
    }

    [Fact]
    public async Task A_posted_message_is_where_Slack_says_it_went()
    {
        AnswerOk("chat.postMessage", new JsonObject { ["channel"] = "D9", ["ts"] = "1.000009" });

        var posted = await Api.PostMessageAsync("U9", new SlackMessage("Bonjour"));

        Assert.Equal(new PostedMessage("D9", "1.000009"), posted);
        Assert.Null(Only("chat.postMessage").Arguments["thread_ts"]);
    }

    [Fact]
    public async Task Sparse_answers_give_empty_values_not_failures()
    {
        AnswerOk("chat.postMessage");
        AnswerOk("chat.postEphemeral");
        AnswerOk("chat.getPermalink");
        AnswerOk("auth.test");
        AnswerOk("views.open");
        AnswerOk("users.info");

        Assert.Equal(new PostedMessage("C1", ""), await Api.PostMessageAsync("C1", new SlackMessage("x")));
        Assert.Equal("", await Api.PostEphemeralAsync("C1", "U1", new SlackMessage("x")));
        Assert.Equal("", await Api.GetPermalinkAsync("C1", "1.2"));
        Assert.Equal(new AuthIdentity("", null, null), await Api.AuthTestAsync());
        Assert.Equal(new ViewRef("", null), await Api.OpenViewAsync("1.2.t", Modal));
        var user = await Api.UserInfoAsync("U5");
        Assert.Equal(("U5", null), (user.Id, user.Tz));
    }

    [Fact]
    public async Task Auth_test_reads_the_bot_and_team_ids()
    {
        AnswerOk("auth.test", new JsonObject { ["user_id"] = "U0BOT", ["bot_id"] = "B0BOT", ["team_id"] = "T0TEAM" });

        Assert.Equal(new AuthIdentity("U0BOT", "B0BOT", "T0TEAM"), await Api.AuthTestAsync());
    }

    [Fact]
    public async Task A_direct_message_channel_without_an_id_is_an_invalid_response()
    {
        AnswerOk("conversations.open", new JsonObject { ["channel"] = new JsonObject() });

        var error = await Assert.ThrowsAsync<SlackApiException>(() => Api.OpenDirectMessageAsync("U1"));

        Assert.Equal(("conversations.open", "invalid_response"), (error.Method, error.Error));
    }

    [Fact]
    public async Task An_update_with_blocks_sends_them()
    {
        await Api.UpdateMessageAsync("C1", "1.2", new SlackMessage("Modifié", [new DividerBlock()]));

        Assert.Equal("divider", Only("chat.update").Arguments["blocks"]?[0]?["type"]?.GetValue<string>());
    }

    [Fact]
    public async Task Optional_arguments_left_out_are_not_sent()
    {
        await Api.UpdateViewAsync("V1", Modal);
        await Api.UploadFileAsync("D1", "a.txt", [1], "A");

        Assert.Null(Only("views.update").Arguments["hash"]);
        Assert.Null(Only("files.getUploadURLExternal").Arguments["alt_txt"]);
        Assert.Null(Only("files.completeUploadExternal").Arguments["initial_comment"]);
    }

    [Theory]
    [InlineData("F1", null)]
    [InlineData("", "upload")]
    [InlineData(null, null)]
    public async Task An_upload_ticket_without_its_file_id_or_url_uploads_nothing(string? fileId, string? url)
    {
        var ticket = new JsonObject { ["file_id"] = fileId };
        if (url is not null) ticket["upload_url"] = harness.Slack.UploadUrlPrefix + url;
        AnswerOk("files.getUploadURLExternal", ticket);

        var error = await Assert.ThrowsAsync<SlackApiException>(() => Api.UploadFileAsync("D1", "a.txt", [1], "A"));

        Assert.Equal(("files.getUploadURLExternal", "invalid_response"), (error.Method, error.Error));
        Assert.Equal(["files.getUploadURLExternal"], harness.Slack.Calls.Select(c => c.Method));
    }

    [Fact]
    public async Task Users_are_listed_page_after_page_following_the_cursor()
    {
        for (var i = 1; i <= 5; i++) harness.Slack.Users.Add(new JsonObject { ["id"] = $"U{i}", ["name"] = $"membre{i}" });

        var users = await Api.ListUsersAsync(pageSize: 2);

        Assert.Equal(["U1", "U2", "U3", "U4", "U5"], users.Select(u => u.Id));
        var pages = harness.Slack.CallsTo("users.list");
        Assert.Equal([null, "next:2", "next:4"], pages.Select(p => p.Arg("cursor")));
        Assert.All(pages, p => Assert.Equal("2", p.Arg("limit")));
    }

    [Fact]
    public async Task Users_are_listed_on_at_most_the_pages_asked()
    {
        for (var i = 1; i <= 5; i++) harness.Slack.Users.Add(new JsonObject { ["id"] = $"U{i}" });

        var users = await Api.ListUsersAsync(pageSize: 2, maxPages: 2);

        Assert.Equal(["U1", "U2", "U3", "U4"], users.Select(u => u.Id));
        Assert.Equal(2, harness.Slack.CallsTo("users.list").Count);
    }

    [Fact]
    public async Task A_users_page_without_members_adds_none_and_ends_without_a_cursor()
    {
        AnswerOk("users.list");

        Assert.Empty(await Api.ListUsersAsync());
        Assert.Single(harness.Slack.CallsTo("users.list"));
    }
}
