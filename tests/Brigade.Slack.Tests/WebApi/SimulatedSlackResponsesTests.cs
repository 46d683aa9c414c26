using System.Text.Json.Nodes;
using Brigade.Slack.WebApi;

namespace Brigade.Slack.Tests.WebApi;

/// <summary>The made-up answers of the dry-run client and the fake Slack, method by method.</summary>
public sealed class SimulatedSlackResponsesTests
{
    private static readonly DateTimeOffset Now = new(2030, 1, 15, 9, 0, 0, TimeSpan.Zero);
    private static readonly long Seconds = Now.ToUnixTimeSeconds();

    private static void AssertAnswer(string expected, string method, string arguments, long n = 7)
    {
        var answer = SimulatedSlackResponses.For(method, (JsonObject)JsonNode.Parse(arguments)!, n, Now, "America/Toronto");
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), answer), $"{method}: {answer.ToJsonString()}");
    }

    [Fact]
    public void A_posted_message_gets_its_channel_and_a_ts_made_of_the_time_and_the_call_number() =>
        AssertAnswer($$"""{"ok":true,"channel":"C1","ts":"{{Seconds}}.000007"}""", "chat.postMessage", """{"channel":"C1"}""");

    [Fact]
    public void The_ts_keeps_six_digits_of_the_call_number() =>
        AssertAnswer($$"""{"ok":true,"channel":"C1","ts":"{{Seconds}}.000042"}""", "chat.postMessage", """{"channel":"C1"}""", 3_000_042);

    [Fact]
    public void An_update_keeps_the_ts_it_was_given() =>
        AssertAnswer("""{"ok":true,"channel":"C1","ts":"1.000002"}""", "chat.update", """{"channel":"C1","ts":"1.000002"}""");

    [Fact]
    public void An_ephemeral_gets_a_message_ts() =>
        AssertAnswer($$"""{"ok":true,"message_ts":"{{Seconds}}.000007"}""", "chat.postEphemeral", """{"channel":"C1","user":"U1"}""");

    [Fact]
    public void A_scheduled_message_gets_an_id_and_keeps_its_time() =>
        AssertAnswer("""{"ok":true,"channel":"C1","scheduled_message_id":"Q00000007","post_at":1767225600}""",
            "chat.scheduleMessage", """{"channel":"C1","post_at":1767225600}""");

    [Fact]
    public void A_permalink_names_the_channel_and_the_ts_without_its_dot() =>
        AssertAnswer("""{"ok":true,"channel":"C1","permalink":"https://slack.invalid/archives/C1/p1000004"}""",
            "chat.getPermalink", """{"channel":"C1","message_ts":"1.000004"}""");

    [Fact]
    public void A_channel_id_stands_for_the_channel() =>
        AssertAnswer("""{"ok":true,"channel":"C2","permalink":"https://slack.invalid/archives/C2/p12"}""",
            "chat.getPermalink", """{"channel_id":"C2","message_ts":"1.2"}""");

    [Theory]
    [InlineData("U42", "D42")]
    [InlineData("W42", "D42")]
    [InlineData("U42,U43", "D42")]
    [InlineData("", "D")]
    public void A_direct_message_channel_is_named_after_the_first_user(string users, string channel) =>
        AssertAnswer($$$"""{"ok":true,"channel":{"id":"{{{channel}}}"}}""", "conversations.open", $$"""{"users":"{{users}}"}""");

    [Fact]
    public void A_direct_message_without_users_is_still_a_channel() =>
        AssertAnswer("""{"ok":true,"channel":{"id":"D"}}""", "conversations.open", "{}");

    [Theory]
    [InlineData("views.open")]
    [InlineData("views.push")]
    [InlineData("views.publish")]
    public void A_new_view_gets_an_id_and_a_hash(string method) =>
        AssertAnswer("""{"ok":true,"view":{"id":"V00000007","hash":"7.dryrun"}}""", method, """{"trigger_id":"1.2.t"}""");

    [Fact]
    public void An_updated_view_keeps_its_id() =>
        AssertAnswer("""{"ok":true,"view":{"id":"V9","hash":"7.dryrun"}}""", "views.update", """{"view_id":"V9"}""");

    [Fact]
    public void A_user_lives_in_the_zone_given() =>
        AssertAnswer("""{"ok":true,"user":{"id":"U5","tz":"America/Toronto"}}""", "users.info", """{"user":"U5"}""");

    [Fact]
    public void The_user_list_is_one_empty_page() =>
        AssertAnswer("""{"ok":true,"members":[],"response_metadata":{"next_cursor":""}}""", "users.list", "{}");

    [Fact]
    public void The_bot_has_made_up_ids() =>
        AssertAnswer("""{"ok":true,"user_id":"UDRYRUN","bot_id":"BDRYRUN","team_id":"TDRYRUN"}""", "auth.test", "{}");

    [Fact]
    public void An_upload_ticket_names_the_file_and_a_url_that_goes_nowhere() =>
        AssertAnswer("""{"ok":true,"file_id":"F00000007","upload_url":"https://files.slack.invalid/upload/F00000007"}""",
            "files.getUploadURLExternal", """{"filename":"a.txt","length":1}""");

    [Fact]
    public void A_completed_upload_lists_its_files() =>
        AssertAnswer("""{"ok":true,"files":[{"id":"F1","title":"A"}]}""", "files.completeUploadExternal",
            """{"files":[{"id":"F1","title":"A"}],"channel_id":"D1"}""");

    [Fact]
    public void Any_other_method_is_a_bare_success() =>
        AssertAnswer("""{"ok":true}""", "conversations.join", """{"channel":"C1"}""");
}
