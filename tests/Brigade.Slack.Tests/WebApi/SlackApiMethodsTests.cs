using System.Text.Json.Nodes;
using Brigade.Slack.BlockKit;
using Brigade.Slack.Testing;
using Brigade.Slack.Tests.Support;
using Brigade.Slack.WebApi;

namespace Brigade.Slack.Tests.WebApi;

/// <summary>Each typed Web API method reaches the fake Slack with the arguments Slack documents.</summary>
public sealed class SlackApiMethodsTests : IAsyncLifetime
{
    private static readonly ModalView Modal = new("Réserver", [SectionBlock.Plain("Choisis un thème")], callbackId: "booking.create");
    private SlackApiHarness harness = null!;

    public async Task InitializeAsync() => harness = await SlackApiHarness.StartAsync();
    public async Task DisposeAsync() => await harness.DisposeAsync();

    private ISlackApi Api => harness.Api;
    private SlackCall Only(string method) => Assert.Single(harness.Slack.CallsTo(method));

    [Fact]
    public async Task PostMessage_sends_channel_text_blocks_and_thread()
    {
        var posted = await Api.PostMessageAsync("C1", new SlackMessage("Bonjour", [new HeaderBlock("Titre")]), threadTs: "1.000001");

        var call = Only("chat.postMessage");
        Assert.Equal(("C1", "Bonjour", "1.000001"), (call.Arg("channel"), call.Arg("text"), call.Arg("thread_ts")));
        Assert.Equal("header", call.Arguments["blocks"]?[0]?["type"]?.GetValue<string>());
        Assert.False(call.Arguments["unfurl_links"]?.GetValue<bool>());
        Assert.Equal(call.Response["ts"]?.GetValue<string>(), posted.Ts);
    }

    [Fact]
    public async Task PostEphemeral_sends_channel_and_user_and_returns_the_message_ts()
    {
        var ts = await Api.PostEphemeralAsync("C1", "U1", new SlackMessage("Pour toi"));

        var call = Only("chat.postEphemeral");
        Assert.Equal(("C1", "U1", "Pour toi"), (call.Arg("channel"), call.Arg("user"), call.Arg("text")));
        Assert.Equal(call.Response["message_ts"]?.GetValue<string>(), ts);
    }

    [Fact]
    public async Task UpdateMessage_without_blocks_clears_them()
    {
        await Api.UpdateMessageAsync("C1", "1.000002", new SlackMessage("Annulé"));

        var call = Only("chat.update");
        Assert.Equal(("C1", "1.000002", "Annulé"), (call.Arg("channel"), call.Arg("ts"), call.Arg("text")));
        Assert.Empty(call.Arguments["blocks"]!.AsArray());
    }

    [Fact]
    public async Task DeleteMessage_sends_channel_and_ts()
    {
        await Api.DeleteMessageAsync("C1", "1.000003");

        Assert.Equal(("C1", "1.000003"), (Only("chat.delete").Arg("channel"), Only("chat.delete").Arg("ts")));
    }

    [Fact]
    public async Task GetPermalink_sends_a_form_and_returns_the_link()
    {
        var link = await Api.GetPermalinkAsync("C1", "1.000004");

        var call = Only("chat.getPermalink");
        Assert.StartsWith("application/x-www-form-urlencoded", call.ContentType);
        Assert.Equal(("C1", "1.000004"), (call.Arg("channel"), call.Arg("message_ts")));
        Assert.Equal(call.Response["permalink"]?.GetValue<string>(), link);
    }

    [Fact]
    public async Task OpenDirectMessage_and_JoinChannel_send_their_ids()
    {
        var channel = await Api.OpenDirectMessageAsync("U42");
        await Api.JoinChannelAsync("C9");

        Assert.Equal("U42", Only("conversations.open").Arg("users"));
        Assert.Equal("D42", channel);
        Assert.Equal("C9", Only("conversations.join").Arg("channel"));
    }

    [Fact]
    public async Task UserInfo_sends_a_form_and_reads_the_user()
    {
        var user = await Api.UserInfoAsync("U42");

        Assert.Equal("U42", Only("users.info").Arg("user"));
        Assert.StartsWith("application/x-www-form-urlencoded", Only("users.info").ContentType);
        Assert.Equal(("U42", "America/Toronto"), (user.Id, user.Tz));
    }

    [Fact]
    public async Task UserInfo_reads_slacks_own_user_objects_bots_included()
    {
        foreach (var member in SlackFixtures.Json("web_users_list_page.json")["members"]!.AsArray())
        {
            harness.Slack.Enqueue("users.info", new FakeReply(200, new JsonObject { ["ok"] = true, ["user"] = member!.DeepClone() }));
            var user = await Api.UserInfoAsync(member["id"]!.GetValue<string>());
            Assert.Equal((member["id"]?.GetValue<string>(), member["is_bot"]?.GetValue<bool>() ?? false), (user.Id, user.IsBot));
        }
        harness.Slack.Enqueue("users.info", new FakeReply(200, SlackFixtures.Json("web_users_info_ok.json")));
        Assert.NotNull((await Api.UserInfoAsync("W012A3CDE")).Tz);
    }

    [Fact]
    public async Task Views_open_update_push_and_publish_send_their_view()
    {
        var opened = await Api.OpenViewAsync("1.2.trigger", Modal);
        await Api.UpdateViewAsync(opened.Id, Modal, hash: opened.Hash);
        await Api.PushViewAsync("3.4.trigger", Modal);
        await Api.PublishHomeAsync("U1", new HomeView([SectionBlock.Markdown("*Accueil*")]));

        Assert.Equal("1.2.trigger", Only("views.open").Arg("trigger_id"));
        Assert.Equal("booking.create", Only("views.open").Arguments["view"]?["callback_id"]?.GetValue<string>());
        Assert.Equal((opened.Id, opened.Hash), (Only("views.update").Arg("view_id"), Only("views.update").Arg("hash")));
        Assert.Equal("3.4.trigger", Only("views.push").Arg("trigger_id"));
        Assert.Equal("U1", Only("views.publish").Arg("user_id"));
        Assert.Equal("home", Only("views.publish").Arguments["view"]?["type"]?.GetValue<string>());
    }

    [Fact]
    public async Task AuthTest_returns_who_the_bot_is()
    {
        harness.Slack.Enqueue("auth.test", new FakeReply(200, SlackFixtures.Json("web_auth_test_ok.json")));

        var identity = await Api.AuthTestAsync();

        Assert.Equal(SlackFixtures.Json("web_auth_test_ok.json")["user_id"]?.GetValue<string>(), identity.UserId);
        Assert.Single(harness.Slack.CallsTo("auth.test"));
    }

    [Fact]
    public async Task UploadFile_asks_for_a_url_uploads_the_bytes_then_completes()
    {
        byte[] content = [0x25, 0x50, 0x44, 0x46, 0x2D];

        var fileId = await Api.UploadFileAsync("D1", "bilan.pdf", content, "Bilan 2025", initialComment: "Voici le bilan");

        Assert.Equal(["files.getUploadURLExternal", "(upload)", "files.completeUploadExternal"], harness.Slack.Calls.Select(c => c.Method));
        var ticket = Only("files.getUploadURLExternal");
        Assert.Equal(("bilan.pdf", "5"), (ticket.Arg("filename"), ticket.Arg("length")));
        var upload = Only("(upload)");
        Assert.Equal("/upload/" + fileId, upload.Arg("path"));
        Assert.Equal(Convert.ToBase64String(content), upload.Arg("content_base64"));
        Assert.Null(upload.Authorization);
        var complete = Only("files.completeUploadExternal");
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse($$"""[{"id":"{{fileId}}","title":"Bilan 2025"}]"""), complete.Arguments["files"]));
        Assert.Equal(("D1", "Voici le bilan"), (complete.Arg("channel_id"), complete.Arg("initial_comment")));
    }

    [Fact]
    public async Task An_upload_url_off_the_allowed_prefixes_gets_no_file()
    {
        // The default prefix is Slack's file host: the fake's own URL (http, loopback) is not under it.
        await using var strict = await SlackApiHarness.StartAsync(c => c.Remove("Slack:UploadUrlPrefixes:0"));

        var refused = await Assert.ThrowsAsync<SlackApiException>(() =>
            strict.Api.UploadFileAsync("D1", "bilan.csv", [1, 2, 3], "Bilan"));

        Assert.Equal("upload_url_not_allowed", refused.Error);
        Assert.Equal("files.getUploadURLExternal", refused.Method);
        Assert.Equal(["files.getUploadURLExternal"], strict.Slack.Calls.Select(c => c.Method));
        Assert.DoesNotContain(strict.Slack.UploadUrlPrefix, strict.Logs.AllText);
    }

    [Theory]
    [InlineData("https://files.slack.com/upload/v1/abc", true)]
    [InlineData("http://files.slack.com/upload/v1/abc", false)]
    [InlineData("https://files.slack.com.evil.example/upload", false)]
    [InlineData("https://user@files.slack.com/upload", false)]
    [InlineData("https://169.254.169.254/latest/meta-data", false)]
    [InlineData("not a url", false)]
    public void Only_https_urls_on_slacks_file_host_are_admitted_by_default(string url, bool admitted) =>
        Assert.Equal(admitted, UrlPrefixes.Admit(new SlackOptions().EffectiveUploadUrlPrefixes, url));

    [Fact]
    public async Task UploadFile_sends_the_alternative_text_of_an_image_and_refuses_one_over_1000_characters()
    {
        await Api.UploadFileAsync("D1", "graphique.png", [0x89], "Graphique", altText: "Barres : 20 accompagnements");

        Assert.Equal("Barres : 20 accompagnements", Only("files.getUploadURLExternal").Arg("alt_txt"));
        var tooLong = await Assert.ThrowsAsync<SlackLimitException>(() =>
            Api.UploadFileAsync("D1", "graphique.png", [0x89], "Graphique", altText: new string('a', 1001)));
        Assert.Contains("alt_txt", tooLong.Message);
        Assert.Single(harness.Slack.CallsTo("files.getUploadURLExternal"));
    }
}
