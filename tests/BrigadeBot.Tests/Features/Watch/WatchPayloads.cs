using System.Text.Json.Nodes;
using Brigade.Slack.Testing;
using BrigadeBot.Features.Watch;

namespace BrigadeBot.Tests.Features.Watch;

/// <summary>What an animator types in the scheduling modal (defaults: a valid item for Tuesday 9 h 00).</summary>
public sealed record WatchForm
{
    public string? Title { get; init; } = "Wikidata pour les bibliothèques";
    public string? Url { get; init; } = "https://example.org/wikidata";
    public string? Summary { get; init; } = "Décrire ses collections dans Wikidata les rend trouvables par les moteurs de recherche.";
    public string? Theme { get; init; } = "wikimedia";
    public string? Channel { get; init; } = "C0WATCH";
    public string? Date { get; init; } = "2026-12-01";
    public string? Time { get; init; } = "09:00";
}

/// <summary>Signed-payload bodies for the watch feature, built from the real Slack fixtures.</summary>
public static class WatchPayloads
{
    public static JsonObject Submission(WatchForm form, string userId = BrigadeHost.Animator, string? metadata = null)
    {
        var payload = SlackFixtures.Json("view_submission.json");
        payload["user"]!["id"] = userId;
        var view = payload["view"]!.AsObject();
        view["callback_id"] = WatchIds.ScheduleModal;
        view["private_metadata"] = metadata ?? "";
        view["blocks"] = new JsonArray();
        view["state"] = new JsonObject
        {
            ["values"] = new JsonObject
            {
                [WatchIds.TitleBlock] = Value(WatchIds.TitleInput, "plain_text_input", "value", form.Title),
                [WatchIds.UrlBlock] = Value(WatchIds.UrlInput, "url_text_input", "value", form.Url),
                [WatchIds.SummaryBlock] = Value(WatchIds.SummaryInput, "plain_text_input", "value", form.Summary),
                [WatchIds.ThemeBlock] = new JsonObject
                {
                    [WatchIds.ThemeInput] = new JsonObject
                    {
                        ["type"] = "static_select",
                        ["selected_option"] = form.Theme is null ? null
                            : new JsonObject { ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = form.Theme }, ["value"] = form.Theme },
                    },
                },
                [WatchIds.ChannelBlock] = Value(WatchIds.ChannelInput, "conversations_select", "selected_conversation", form.Channel),
                [WatchIds.DateBlock] = Value(WatchIds.DateInput, "datepicker", "selected_date", form.Date),
                [WatchIds.TimeBlock] = Value(WatchIds.TimeInput, "timepicker", "selected_time", form.Time),
            },
        };
        return payload;
    }

    /// <summary>A click on a button of ours; <paramref name="ephemeral"/> for the list, false for a DM notice.</summary>
    public static JsonObject Button(BrigadeHost host, string actionId, string value, string userId = BrigadeHost.Animator,
        bool ephemeral = true, string channelId = "C0GENERAL")
    {
        var payload = SlackFixtures.Json("block_actions_button.json");
        payload["user"]!["id"] = userId;
        payload["response_url"] = host.Slack.ResponseUrl("action");
        payload["container"]!["channel_id"] = channelId;
        payload["container"]!["is_ephemeral"] = ephemeral;
        payload["channel"]!["id"] = channelId;
        payload["actions"]![0]!["action_id"] = actionId;
        payload["actions"]![0]!["value"] = value;
        return payload;
    }

    private static JsonObject Value(string actionId, string type, string field, string? value) =>
        new() { [actionId] = new JsonObject { ["type"] = type, [field] = value } };
}
