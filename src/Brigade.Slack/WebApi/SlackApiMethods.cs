using System.Text.Json;
using System.Text.Json.Nodes;
using Brigade.Slack.BlockKit;
using Brigade.Slack.Json;
using Brigade.Slack.Payloads;

namespace Brigade.Slack.WebApi;

/// <summary>Typed Web API methods, all going through <see cref="ISlackApi.CallAsync"/>.</summary>
public static class SlackApiMethods
{
    /// <summary><see href="https://docs.slack.dev/reference/methods/chat.postMessage">chat.postMessage</see>.</summary>
    public static async Task<PostedMessage> PostMessageAsync(this ISlackApi api, string channel, SlackMessage message,
        CancellationToken ct = default, string? threadTs = null)
    {
        var args = Message(message);
        args["channel"] = channel;
        args["unfurl_links"] = false;
        if (threadTs is not null) args["thread_ts"] = threadTs;
        var response = await api.CallAsync("chat.postMessage", args, ct);
        return new PostedMessage(response["channel"]?.ToString() ?? channel, response["ts"]?.ToString() ?? "");
    }

    /// <summary><see href="https://docs.slack.dev/reference/methods/chat.postEphemeral">chat.postEphemeral</see>: only <paramref name="user"/> sees it.</summary>
    public static async Task<string> PostEphemeralAsync(this ISlackApi api, string channel, string user, SlackMessage message,
        CancellationToken ct = default)
    {
        var args = Message(message);
        args["channel"] = channel;
        args["user"] = user;
        var response = await api.CallAsync("chat.postEphemeral", args, ct);
        return response["message_ts"]?.ToString() ?? "";
    }

    /// <summary><see href="https://docs.slack.dev/reference/methods/chat.update">chat.update</see>: replaces text and blocks.</summary>
    public static async Task UpdateMessageAsync(this ISlackApi api, string channel, string ts, SlackMessage message,
        CancellationToken ct = default)
    {
        var args = Message(message);
        args["channel"] = channel;
        args["ts"] = ts;
        if (message.Blocks is null) args["blocks"] = new JsonArray();
        await api.CallAsync("chat.update", args, ct);
    }

    /// <summary><see href="https://docs.slack.dev/reference/methods/chat.delete">chat.delete</see>.</summary>
    public static Task DeleteMessageAsync(this ISlackApi api, string channel, string ts, CancellationToken ct = default) =>
        api.CallAsync("chat.delete", new JsonObject { ["channel"] = channel, ["ts"] = ts }, ct);

    /// <summary><see href="https://docs.slack.dev/reference/methods/chat.getPermalink">chat.getPermalink</see>.</summary>
    public static async Task<string> GetPermalinkAsync(this ISlackApi api, string channel, string ts, CancellationToken ct = default)
    {
        var response = await api.CallAsync("chat.getPermalink", new JsonObject { ["channel"] = channel, ["message_ts"] = ts }, ct);
        return response["permalink"]?.ToString() ?? "";
    }

    /// <summary><see href="https://docs.slack.dev/reference/methods/conversations.open">conversations.open</see>: the DM channel with a user.</summary>
    public static async Task<string> OpenDirectMessageAsync(this ISlackApi api, string userId, CancellationToken ct = default)
    {
        var response = await api.CallAsync("conversations.open", new JsonObject { ["users"] = userId }, ct);
        return response["channel"]?["id"]?.ToString() ?? throw new SlackApiException("conversations.open", "invalid_response");
    }

    /// <summary><see href="https://docs.slack.dev/reference/methods/conversations.join">conversations.join</see> (public channels).</summary>
    public static Task JoinChannelAsync(this ISlackApi api, string channel, CancellationToken ct = default) =>
        api.CallAsync("conversations.join", new JsonObject { ["channel"] = channel }, ct);

    /// <summary><see href="https://docs.slack.dev/reference/methods/users.info">users.info</see>.</summary>
    public static async Task<SlackUserInfo> UserInfoAsync(this ISlackApi api, string userId, CancellationToken ct = default)
    {
        var response = await api.CallAsync("users.info", new JsonObject { ["user"] = userId }, ct);
        return response["user"]?.Deserialize(SlackJson.Info<SlackUserInfo>()) ?? new SlackUserInfo { Id = userId };
    }

    /// <summary>
    /// <see href="https://docs.slack.dev/reference/methods/users.list">users.list</see>: every account of the workspace,
    /// page after page (<paramref name="pageSize"/> a page, Slack's cursor between pages), at most <paramref name="maxPages"/> pages.
    /// </summary>
    public static async Task<IReadOnlyList<SlackUserInfo>> ListUsersAsync(this ISlackApi api, int pageSize = 200, int maxPages = 100,
        CancellationToken ct = default)
    {
        var users = new List<SlackUserInfo>();
        var cursor = "";
        for (var page = 0; page < maxPages; page++)
        {
            var args = new JsonObject { ["limit"] = pageSize };
            if (cursor.Length > 0) args["cursor"] = cursor;
            var response = await api.CallAsync("users.list", args, ct);
            if (response["members"] is JsonArray members)
                users.AddRange(members.Select(m => m.Deserialize(SlackJson.Info<SlackUserInfo>())).OfType<SlackUserInfo>());
            cursor = response["response_metadata"]?["next_cursor"]?.ToString() ?? "";
            if (cursor.Length == 0) break;
        }
        return users;
    }

    /// <summary><see href="https://docs.slack.dev/reference/methods/views.open">views.open</see>: call it at once, a trigger_id lives 3 s.</summary>
    public static async Task<ViewRef> OpenViewAsync(this ISlackApi api, string triggerId, ModalView view, CancellationToken ct = default) =>
        ViewOf(await api.CallAsync("views.open", new JsonObject { ["trigger_id"] = triggerId, ["view"] = Node(view) }, ct));

    /// <summary><see href="https://docs.slack.dev/reference/methods/views.update">views.update</see>.</summary>
    public static async Task<ViewRef> UpdateViewAsync(this ISlackApi api, string viewId, ModalView view, string? hash = null,
        CancellationToken ct = default)
    {
        var args = new JsonObject { ["view_id"] = viewId, ["view"] = Node(view) };
        if (hash is not null) args["hash"] = hash;
        return ViewOf(await api.CallAsync("views.update", args, ct));
    }

    /// <summary><see href="https://docs.slack.dev/reference/methods/views.push">views.push</see> (a stack holds 3 views).</summary>
    public static async Task<ViewRef> PushViewAsync(this ISlackApi api, string triggerId, ModalView view, CancellationToken ct = default) =>
        ViewOf(await api.CallAsync("views.push", new JsonObject { ["trigger_id"] = triggerId, ["view"] = Node(view) }, ct));

    /// <summary><see href="https://docs.slack.dev/reference/methods/views.publish">views.publish</see>: a member's App Home.</summary>
    public static async Task<ViewRef> PublishHomeAsync(this ISlackApi api, string userId, HomeView view, CancellationToken ct = default) =>
        ViewOf(await api.CallAsync("views.publish", new JsonObject { ["user_id"] = userId, ["view"] = Node(view) }, ct));

    /// <summary><see href="https://docs.slack.dev/reference/methods/auth.test">auth.test</see>: who the bot is.</summary>
    public static async Task<AuthIdentity> AuthTestAsync(this ISlackApi api, CancellationToken ct = default)
    {
        var response = await api.CallAsync("auth.test", new JsonObject(), ct);
        return new AuthIdentity(response["user_id"]?.ToString() ?? "", response["bot_id"]?.ToString(), response["team_id"]?.ToString());
    }

    /// <summary>
    /// Uploads a file with <see href="https://docs.slack.dev/reference/methods/files.getUploadURLExternal">files.getUploadURLExternal</see>,
    /// the bytes, then <see href="https://docs.slack.dev/reference/methods/files.completeUploadExternal">files.completeUploadExternal</see>
    /// shared in <paramref name="channelId"/> (a DM channel for private delivery). Give an image its
    /// <paramref name="altText"/> (<c>alt_txt</c>, at most 1000 characters), read by screen readers.
    /// </summary>
    public static async Task<string> UploadFileAsync(this ISlackApi api, string channelId, string fileName, byte[] content,
        string title, string? initialComment = null, CancellationToken ct = default, string? altText = null)
    {
        var ticketArguments = new JsonObject { ["filename"] = fileName, ["length"] = content.Length };
        if (Limit.OptionalText(altText, 1000, "alt_txt") is { } alt) ticketArguments["alt_txt"] = alt;
        var ticketResponse = await api.CallAsync("files.getUploadURLExternal", ticketArguments, ct);
        var ticket = new UploadTicket(ticketResponse["file_id"]?.ToString() ?? "", ticketResponse["upload_url"]?.ToString() ?? "");
        if (ticket.FileId.Length == 0 || ticket.UploadUrl.Length == 0)
            throw new SlackApiException("files.getUploadURLExternal", "invalid_response");
        await api.UploadAsync(ticket.UploadUrl, content, fileName, ct);
        var complete = new JsonObject
        {
            ["files"] = new JsonArray(new JsonObject { ["id"] = ticket.FileId, ["title"] = title }),
            ["channel_id"] = channelId,
        };
        if (initialComment is not null) complete["initial_comment"] = initialComment;
        await api.CallAsync("files.completeUploadExternal", complete, ct);
        return ticket.FileId;
    }

    /// <summary>Serializes a Block Kit object to the JSON node Slack expects.</summary>
    public static JsonNode Node(object value) =>
        System.Text.Json.JsonSerializer.SerializeToNode(value, SlackJson.Options.GetTypeInfo(SlackJson.WireType(value)))!;

    private static JsonObject Message(SlackMessage message) => (JsonObject)Node(message);

    private static ViewRef ViewOf(JsonObject response) =>
        new(response["view"]?["id"]?.ToString() ?? "", response["view"]?["hash"]?.ToString());
}
