using System.Globalization;
using Brigade.Slack.BlockKit;

namespace BrigadeBot.Features.Events;

/// <summary>The conference as announced in the events channel: details, places left, replay, and the two buttons while open.</summary>
public static class EventAnnouncement
{
    public static SlackMessage Build(Conference conference, EventDisplay display, DateTime nowUtc)
    {
        var cancelled = conference.Status == ConferenceStatus.Cancelled;
        var open = !cancelled && conference.StartsAtUtc > nowUtc;
        var blocks = new List<Block>
        {
            new HeaderBlock(cancelled ? EventMessageTexts.CancelledHeader : EventMessageTexts.AnnouncementHeader),
            SectionBlock.Markdown(display.Details(conference)),
        };
        if (!string.IsNullOrWhiteSpace(conference.Description))
            blocks.Add(SectionBlock.Markdown(Common.MemberText.ForMrkdwn(conference.Description, 2900)));
        blocks.Add(ContextBlock.Markdown(cancelled ? EventMessageTexts.CancelledNote
            : open ? EventMessageTexts.Places(conference.PlacesLeft, conference.Capacity, conference.RegisteredIds.Count, conference.WaitingIds.Count)
            : EventMessageTexts.PastNote));
        if (!cancelled && conference.ReplayUrl is { } replay)
            blocks.Add(SectionBlock.Markdown(EventMessageTexts.Replay(EventDisplay.Link(replay))));
        if (open) blocks.Add(new ActionsBlock(Buttons(conference)));
        return new SlackMessage(EventMessageTexts.Fallback(conference.Title, display.When(conference)), blocks);
    }

    public static Button RegisterButton(Conference conference) =>
        new(EventsIds.Register, conference.IsFull ? EventsTexts.WaitlistButton : EventsTexts.RegisterButton, Value(conference),
            ButtonStyle.Primary, accessibilityLabel: EventsTexts.RegisterLabel(conference.Title));

    public static Button UnregisterButton(Conference conference) =>
        new(EventsIds.Unregister, EventsTexts.UnregisterButton, Value(conference), accessibilityLabel: EventsTexts.UnregisterLabel(conference.Title));

    public static IReadOnlyList<Button> Buttons(Conference conference) => [RegisterButton(conference), UnregisterButton(conference)];

    public static string Value(Conference conference) => conference.Id.ToString(CultureInfo.InvariantCulture);
}
