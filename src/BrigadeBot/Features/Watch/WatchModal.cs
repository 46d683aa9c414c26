using BrigadeBot.Features.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using BrigadeBot.Scheduling;

namespace BrigadeBot.Features.Watch;

/// <summary>The scheduling modal: <see cref="Build"/> shows a draft, <see cref="Read"/> checks what came back.</summary>
public static partial class WatchModal
{
    public static ModalView Build(WatchDraft draft, IReadOnlyList<ThemeOptions> themes, BrigadeTimeZone zone, WatchModalOrigin origin)
    {
        var themeOptions = themes.Take(100).Select(t => new Option(t.Name, t.Slug)).ToList();
        var blocks = new List<Block>
        {
            new InputBlock(WatchIds.TitleBlock, WatchTexts.TitleLabel,
                new PlainTextInput(WatchIds.TitleInput, MemberText.Cut(draft.Title, WatchDraft.TitleMax), maxLength: WatchDraft.TitleMax)),
            new InputBlock(WatchIds.UrlBlock, WatchTexts.UrlLabel,
                new UrlTextInput(WatchIds.UrlInput, draft.Url.Length <= WatchDraft.UrlMax ? draft.Url : null, "https://…"),
                WatchTexts.UrlHint),
            new InputBlock(WatchIds.SummaryBlock, WatchTexts.SummaryLabel,
                new PlainTextInput(WatchIds.SummaryInput, MemberText.Cut(draft.Summary, WatchDraft.SummaryMax), multiline: true,
                    maxLength: WatchDraft.SummaryMax), WatchTexts.SummaryHint),
        };
        if (themeOptions.Count > 0)
            blocks.Add(new InputBlock(WatchIds.ThemeBlock, WatchTexts.ThemeLabel,
                new StaticSelect(WatchIds.ThemeInput, themeOptions, themeOptions.FirstOrDefault(o => o.Value == draft.ThemeSlug),
                    WatchTexts.ThemePlaceholder), optional: true));
        blocks.Add(new InputBlock(WatchIds.ChannelBlock, WatchTexts.ChannelLabel,
            new ConversationsSelect(WatchIds.ChannelInput, draft.ChannelId.Length > 0 ? draft.ChannelId : null, WatchTexts.ChannelPlaceholder)));
        blocks.Add(new InputBlock(WatchIds.DateBlock, WatchTexts.DateLabel, new DatePicker(WatchIds.DateInput, draft.Date)));
        blocks.Add(new InputBlock(WatchIds.TimeBlock, WatchTexts.TimeLabel,
            new TimePicker(WatchIds.TimeInput, draft.Time, timezone: zone.Zone.Id), WatchTexts.TimeHint(FrenchDates.ZoneName(zone.Zone))));

        var editing = origin.ItemId is not null;
        return new ModalView(editing ? WatchTexts.EditModalTitle : WatchTexts.ModalTitle, blocks,
            submit: editing ? WatchTexts.Save : WatchTexts.Schedule, close: WatchTexts.Close,
            callbackId: WatchIds.ScheduleModal, privateMetadata: origin.Metadata);
    }

    /// <summary>
    /// The draft typed in the modal, or the field errors to show (keys are input block ids). Slack always sends the
    /// channel shown; a payload without one gets <paramref name="defaultChannel"/> (<c>Brigade:Channels:Watch</c>).
    /// </summary>
    public static (WatchDraft? Draft, Dictionary<string, string> Errors) Read(ViewPayload view, ThemeCatalog themes, BrigadeTimeZone zone,
        string? defaultChannel)
    {
        var state = view.State;
        var errors = new Dictionary<string, string>();
        // A header is one line: line breaks typed in the title become spaces.
        var title = string.Join(' ', (state.Text(WatchIds.TitleBlock, WatchIds.TitleInput) ?? "")
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (title.Length == 0) errors[WatchIds.TitleBlock] = WatchTexts.TitleMissing;
        else if (title.Length > WatchDraft.TitleMax) errors[WatchIds.TitleBlock] = WatchTexts.TooLong(WatchDraft.TitleMax);

        var url = state.Text(WatchIds.UrlBlock, WatchIds.UrlInput) ?? "";
        if (url.Length > WatchDraft.UrlMax) errors[WatchIds.UrlBlock] = WatchTexts.TooLong(WatchDraft.UrlMax);
        else if (!Mrkdwn.IsSafeLinkUrl(url)) errors[WatchIds.UrlBlock] = WatchTexts.UrlInvalid;

        var summary = state.Text(WatchIds.SummaryBlock, WatchIds.SummaryInput) ?? "";
        if (summary.Length == 0) errors[WatchIds.SummaryBlock] = WatchTexts.SummaryMissing;
        else if (summary.Length > WatchDraft.SummaryMax) errors[WatchIds.SummaryBlock] = WatchTexts.TooLong(WatchDraft.SummaryMax);

        var themeSlug = state.Text(WatchIds.ThemeBlock, WatchIds.ThemeInput);
        if (themeSlug is not null && themes.BySlug(themeSlug) is null) errors[WatchIds.ThemeBlock] = WatchTexts.ThemeUnknown;

        var channel = state.Text(WatchIds.ChannelBlock, WatchIds.ChannelInput) ?? defaultChannel ?? "";
        if (channel.Length == 0) errors[WatchIds.ChannelBlock] = WatchTexts.ChannelMissing;
        else if (!ChannelId().IsMatch(channel)) errors[WatchIds.ChannelBlock] = WatchTexts.ChannelNotAChannel;

        var date = ParseDate(state.Text(WatchIds.DateBlock, WatchIds.DateInput));
        if (date is null) errors[WatchIds.DateBlock] = WatchTexts.DateMissing;
        var time = ParseTime(state.Text(WatchIds.TimeBlock, WatchIds.TimeInput));
        if (time is null) errors[WatchIds.TimeBlock] = WatchTexts.TimeMissing;
        if (date is { } d && time is { } t)
        {
            if (d < zone.Today) errors[WatchIds.DateBlock] = WatchTexts.DatePast;
            else if (zone.ToUtc(d, t) <= zone.Now) errors[WatchIds.TimeBlock] = WatchTexts.TimePast;
        }

        return errors.Count > 0
            ? (null, errors)
            : (new WatchDraft(title, url, summary, themeSlug, channel, date!.Value, time!.Value), errors);
    }

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static TimeOnly? ParseTime(string? text) =>
        TimeOnly.TryParseExact(text, ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : null;

    // A watch post goes to a channel (public or private), never to a DM.
    [GeneratedRegex("^[CG][A-Z0-9]{2,}$")] private static partial Regex ChannelId();
}
