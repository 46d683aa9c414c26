using System.Text.Json.Nodes;
using Brigade.Slack.Json;
using Brigade.Slack.WebApi;

namespace BrigadeBot.Sandbox.Workspace;

/// <summary>Turns each Web API call of the dry-run client into what Slack would show.</summary>
public sealed partial class SandboxWorkspace : ISlackCallRecorder
{
    public void Record(string method, JsonObject arguments, JsonObject response)
    {
        lock (gate)
        {
            Note(method, arguments);
            switch (method)
            {
                case "chat.postMessage":
                    Post(Conversation(Text(arguments, "channel")), Text(response, "ts") ?? NewTs(), arguments);
                    break;
                case "chat.postEphemeral":
                    Add(Conversation(Text(arguments, "channel")), NewTs(), null, Text(arguments, "user") ?? "", Text(arguments, "text") ?? "",
                        arguments["blocks"] as JsonArray, null);
                    break;
                case "chat.update":
                    Update(Conversation(Text(arguments, "channel")), Text(arguments, "ts"), arguments);
                    break;
                case "chat.delete":
                    Delete(Conversation(Text(arguments, "channel")), Text(arguments, "ts"));
                    break;
                case "chat.scheduleMessage":
                    Schedule(arguments, response);
                    break;
                case "chat.deleteScheduledMessage":
                    version += scheduled.RemoveAll(s => s.Id == Text(arguments, "scheduled_message_id"));
                    break;
                case "reactions.add":
                    React(Conversation(Text(arguments, "channel")), Text(arguments, "timestamp"), Text(arguments, "name"));
                    break;
                case "(response_url)":
                    Respond(Text(arguments, "response_url"), arguments["message"] as JsonObject ?? []);
                    break;
                case "views.open" when UserOfTrigger(arguments) is { } user && arguments["view"] is JsonObject view:
                    OpenModal(user, ViewId(response), (JsonObject)view.DeepClone());
                    break;
                case "views.push" when UserOfTrigger(arguments) is { } user && arguments["view"] is JsonObject view:
                    PushModal(user, ViewId(response), (JsonObject)view.DeepClone());
                    break;
                case "views.update" when arguments["view"] is JsonObject view:
                    UpdateView(Text(arguments, "view_id"), Text(arguments, "external_id"), (JsonObject)view.DeepClone());
                    break;
                case "views.publish" when Text(arguments, "user_id") is { } user && arguments["view"] is JsonObject view:
                    PublishHome(user, ViewId(response), (JsonObject)view.DeepClone());
                    break;
                case "files.getUploadURLExternal":
                    uploadTickets[Text(response, "upload_url") ?? ""] = (Text(response, "file_id") ?? "", Text(arguments, "filename") ?? "fichier");
                    break;
                case "(upload)" when uploadTickets.TryGetValue(Text(arguments, "upload_url") ?? "", out var ticket):
                    uploadedBytes[ticket.FileId] = Convert.FromBase64String(Text(arguments, "content_base64") ?? "");
                    break;
                case "files.completeUploadExternal":
                    Share(arguments);
                    break;
            }
        }
    }

    private void Note(string method, JsonObject arguments)
    {
        journal.Add(new JournalEntry(clock.GetUtcNow(), method, arguments.ToJsonString(SlackJson.Options)));
        if (journal.Count > JournalLength) journal.RemoveAt(0);
        version++;
    }

    /// <summary>A message to a user id lands in their DM with the bot, as in Slack.</summary>
    private static string Conversation(string? channel) =>
        channel is ['U' or 'W', ..] ? SandboxIdentity.DirectChannelOf(channel) : channel ?? "";

    private void Post(string channel, string ts, JsonObject arguments) =>
        Add(channel, ts, null, null, Text(arguments, "text") ?? "", arguments["blocks"]?.DeepClone() as JsonArray, null);

    private void Update(string channel, string? ts, JsonObject arguments)
    {
        if (messages.LastOrDefault(m => m.Channel == channel && m.Ts == ts && !m.IsEphemeral) is not { } message) return;
        message.Text = Text(arguments, "text") ?? message.Text;
        message.Blocks = arguments["blocks"] is JsonArray { Count: > 0 } blocks ? (JsonArray)blocks.DeepClone() : null;
        version++;
    }

    private void Delete(string channel, string? ts) =>
        version += messages.RemoveAll(m => m.Channel == channel && m.Ts == ts && !m.IsEphemeral);

    private void React(string channel, string? ts, string? name)
    {
        if (name is null || messages.LastOrDefault(m => m.Channel == channel && m.Ts == ts) is not { } message) return;
        message.Reactions.Add(name);
        version++;
    }

    private void Schedule(JsonObject arguments, JsonObject response)
    {
        if (!long.TryParse(arguments["post_at"]?.ToString(), out var postAt)) return;
        scheduled.Add(new ScheduledMessage(Text(response, "scheduled_message_id") ?? "", Conversation(Text(arguments, "channel")),
            DateTimeOffset.FromUnixTimeSeconds(postAt), Text(arguments, "text") ?? "", arguments["blocks"]?.DeepClone() as JsonArray));
    }

    /// <summary>Scheduled messages whose time the sandbox clock has reached appear now.</summary>
    private void DeliverDue()
    {
        var now = clock.GetUtcNow();
        foreach (var due in scheduled.Where(s => s.PostAt <= now).OrderBy(s => s.PostAt).ToArray())
        {
            scheduled.Remove(due);
            Add(due.Channel, NewTs(), null, null, due.Text, due.Blocks, null);
        }
    }

    private void Respond(string? url, JsonObject message)
    {
        if (url is null || !responseUrls.TryGetValue(url, out var target)) return;
        var original = target.MessageKey is { } key ? messages.FirstOrDefault(m => m.Key == key) : null;
        var text = Text(message, "text") ?? "";
        var blocks = message["blocks"]?.DeepClone() as JsonArray;
        if (message["delete_original"]?.GetValue<bool>() == true && original is not null)
            messages.Remove(original);
        else if (message["replace_original"]?.GetValue<bool>() == true && original is not null)
        {
            original.Text = text;
            original.Blocks = blocks;
        }
        else if (Text(message, "response_type") == "in_channel")
            Add(target.Channel, NewTs(), null, null, text, blocks, null);
        else
            Add(target.Channel, NewTs(), null, target.UserId, text, blocks, null);
        version++;
    }

    private void Share(JsonObject arguments)
    {
        var channel = Conversation(Text(arguments, "channel_id"));
        var message = Add(channel, NewTs(), null, null, Text(arguments, "initial_comment") ?? "", null, null);
        foreach (var file in (arguments["files"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var id = Text(file, "id") ?? "";
            var name = uploadTickets.Values.FirstOrDefault(t => t.FileId == id).Name ?? id;
            var shared = new SandboxFile(id, name, Text(file, "title") ?? name, uploadedBytes.GetValueOrDefault(id, []));
            files[id] = shared;
            message.Files.Add(shared);
        }
    }

    private string? UserOfTrigger(JsonObject arguments) => triggers.GetValueOrDefault(Text(arguments, "trigger_id") ?? "");

    private string ViewId(JsonObject response) => Text(response["view"] as JsonObject ?? [], "id") ?? $"VSB{++sequence:D8}";

    private static string? Text(JsonObject node, string name) =>
        node[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : node[name]?.ToString();
}
