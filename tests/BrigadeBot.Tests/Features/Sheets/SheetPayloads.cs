using System.Text.Json.Nodes;
using Brigade.Slack.Testing;
using BrigadeBot.Features.Sheets;

namespace BrigadeBot.Tests.Features.Sheets;

/// <summary>Interaction payloads of the sheets feature, built from Slack's real fixtures.</summary>
internal static class SheetPayloads
{
    /// <summary>A click on a button of an ephemeral search result in <paramref name="channelId"/>.</summary>
    public static JsonObject Click(BrigadeHost host, string actionId, string value, string userId = BrigadeHost.Member,
        string channelId = "C0GENERAL")
    {
        var payload = SlackFixtures.Json("block_actions_button.json");
        payload["user"]!["id"] = userId;
        payload["container"]!["channel_id"] = channelId;
        payload["channel"]!["id"] = channelId;
        payload["response_url"] = host.Slack.ResponseUrl("sheets");
        var action = payload["actions"]![0]!;
        action["action_id"] = actionId;
        action["value"] = value;
        return payload;
    }

    /// <summary>A submission of the sheet modal with the given fields (block id → typed value); absent fields stay empty.</summary>
    public static JsonObject Submit(string callbackId, SheetForm form, string userId = BrigadeHost.Animator, string metadata = "")
    {
        var payload = SlackFixtures.Json("view_submission.json");
        payload["user"]!["id"] = userId;
        var view = payload["view"]!;
        view["callback_id"] = callbackId;
        view["private_metadata"] = metadata;
        var values = new JsonObject();
        Text(values, SheetsIds.TitleBlock, form.Title);
        Select(values, SheetsIds.ThemeBlock, form.Theme);
        Text(values, SheetsIds.SummaryBlock, form.Summary);
        Text(values, SheetsIds.WebUrlBlock, form.WebUrl, "url_text_input");
        Text(values, SheetsIds.PdfUrlBlock, form.PdfUrl, "url_text_input");
        Text(values, SheetsIds.KeywordsBlock, form.Keywords);
        Select(values, SheetsIds.OriginBlock, form.Origin);
        values[SheetsIds.PublishedOnBlock] = new JsonObject
        {
            [SheetsIds.Value] = new JsonObject { ["type"] = "datepicker", ["selected_date"] = form.PublishedOn },
        };
        view["state"] = new JsonObject { ["values"] = values };
        return payload;
    }

    private static void Text(JsonObject values, string blockId, string? value, string type = "plain_text_input") =>
        values[blockId] = new JsonObject { [SheetsIds.Value] = new JsonObject { ["type"] = type, ["value"] = value } };

    private static void Select(JsonObject values, string blockId, string? value) =>
        values[blockId] = new JsonObject
        {
            [SheetsIds.Value] = new JsonObject
            {
                ["type"] = "static_select",
                ["selected_option"] = value is null ? null : new JsonObject
                {
                    ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = value }, ["value"] = value,
                },
            },
        };
}

/// <summary>What an animator types in the sheet modal.</summary>
internal sealed record SheetForm(
    string? Title = "Protéger son infolettre des pourriels",
    string? Theme = "marketing-numerique",
    string? Summary = "Comment éviter que votre infolettre finisse dans les courriels indésirables : SPF, DKIM et bonnes pratiques.",
    string? WebUrl = "https://culturelaurentides.com/brigade/fiches/infolettre-pourriels",
    string? PdfUrl = null,
    string? Keywords = "courriel, délivrabilité, antipourriel",
    string? Origin = "Conference",
    string? PublishedOn = "2026-12-01");
