namespace BrigadeBot.Features.Sheets;

/// <summary>Slack ids of the sheets feature, shared by the views that carry them and the routes that answer them.</summary>
public static class SheetsIds
{
    public const string Fiche = "fiche";
    /// <summary>The <c>Brigade:Limits</c> entries of sheets published and sheets shared in a channel.</summary>
    public const string PublishLimit = "sheets";
    public const string ShareLimit = "shares";
    public const string AddWord = "ajouter";

    // Buttons on a search result
    public const string Share = "sheets.share";
    public const string SendByDm = "sheets.dm";
    public const string Edit = "sheets.edit";
    public const string Retire = "sheets.retire";

    // App Home: the button that opens the search modal, the modal and its input
    public const string HomeSearch = "sheets.home_search";
    public const string SearchModal = "sheets.search_modal";
    public const string QueryBlock = "sheets.query";
    public const string HomeSearchBlock = "home.sheets.search";

    // Modals (callback ids)
    public const string CreateModal = "sheets.create_modal";
    public const string EditModal = "sheets.edit_modal";

    // Modal inputs: block ids; every element inside uses the action id Value
    public const string TitleBlock = "sheets.title";
    public const string ThemeBlock = "sheets.theme";
    public const string SummaryBlock = "sheets.summary";
    public const string WebUrlBlock = "sheets.web_url";
    public const string PdfUrlBlock = "sheets.pdf_url";
    public const string KeywordsBlock = "sheets.keywords";
    public const string OriginBlock = "sheets.origin";
    public const string PublishedOnBlock = "sheets.published_on";
    public const string Value = "value";

    /// <summary>The share button's value: the sheet and the channel the search was typed in.</summary>
    public static string ShareValue(int sheetId, string channelId) => $"{sheetId}|{channelId}";

    /// <summary>The sheet id and channel of a button value (<c>12</c> or <c>12|C0123</c>); id 0 when malformed.</summary>
    public static (int SheetId, string? ChannelId) ParseValue(string? value)
    {
        var parts = (value ?? "").Split('|', 2);
        var id = int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
        return (id, parts.Length > 1 && parts[1].Length > 0 ? parts[1] : null);
    }
}
