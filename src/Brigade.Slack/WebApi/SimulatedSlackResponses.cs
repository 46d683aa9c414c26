using System.Text.Json.Nodes;

namespace Brigade.Slack.WebApi;

/// <summary>
/// Plausible successful answers to Web API calls (ids, ts, views), for the dry-run client and for fakes of Slack.
/// The <c>userTimeZone</c> of <see cref="For"/> is the IANA zone given to the users <c>users.info</c> describes.
/// </summary>
public static class SimulatedSlackResponses
{
    public static JsonObject For(string method, JsonObject arguments, long n, DateTimeOffset now, string userTimeZone)
    {
        var ts = $"{now.ToUnixTimeSeconds()}.{n % 1_000_000:D6}";
        var channel = arguments["channel"]?.ToString() ?? arguments["channel_id"]?.ToString();
        var response = new JsonObject { ["ok"] = true };
        switch (method)
        {
            case "chat.postMessage":
            case "chat.update":
                response["channel"] = channel;
                response["ts"] = arguments["ts"]?.ToString() ?? ts;
                break;
            case "chat.postEphemeral":
                response["message_ts"] = ts;
                break;
            case "chat.scheduleMessage":
                response["channel"] = channel;
                response["scheduled_message_id"] = $"Q{n:D8}";
                response["post_at"] = arguments["post_at"]?.DeepClone();
                break;
            case "chat.getPermalink":
                response["channel"] = channel;
                response["permalink"] = $"https://slack.invalid/archives/{channel}/p{arguments["message_ts"]?.ToString()?.Replace(".", "")}";
                break;
            case "conversations.open":
                var users = arguments["users"]?.ToString() ?? "";
                response["channel"] = new JsonObject { ["id"] = "D" + users.Split(',')[0].TrimStart('U', 'W') };
                break;
            case "views.open":
            case "views.update":
            case "views.push":
            case "views.publish":
                response["view"] = new JsonObject { ["id"] = arguments["view_id"]?.DeepClone() ?? $"V{n:D8}", ["hash"] = $"{n}.dryrun" };
                break;
            case "users.info":
                response["user"] = new JsonObject { ["id"] = arguments["user"]?.DeepClone(), ["tz"] = userTimeZone };
                break;
            case "users.list":
                response["members"] = new JsonArray();
                response["response_metadata"] = new JsonObject { ["next_cursor"] = "" };
                break;
            case "auth.test":
                response["user_id"] = "UDRYRUN";
                response["bot_id"] = "BDRYRUN";
                response["team_id"] = "TDRYRUN";
                break;
            case "files.getUploadURLExternal":
                response["file_id"] = $"F{n:D8}";
                response["upload_url"] = $"https://files.slack.invalid/upload/F{n:D8}";
                break;
            case "files.completeUploadExternal":
                response["files"] = arguments["files"]?.DeepClone();
                break;
        }
        return response;
    }
}
