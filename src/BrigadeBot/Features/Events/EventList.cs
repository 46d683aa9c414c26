using Brigade.Slack.BlockKit;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Events;

/// <summary>The message of <c>/brigade evenements</c>: a section per conference with the buttons this person may use.</summary>
public sealed class EventList(EventDisplay display)
{
    public const int MaxShown = 12;

    public SlackMessage Build(IReadOnlyList<Conference> coming, IReadOnlyList<Conference> past, string userId, bool animator, string command)
    {
        var blocks = new List<Block> { new HeaderBlock(EventsTexts.ListHeader) };
        if (coming.Count == 0) blocks.Add(SectionBlock.Markdown(EventsTexts.NothingComing(command, animator)));
        foreach (var conference in coming.Take(MaxShown))
        {
            blocks.Add(SectionBlock.Markdown(display.Details(conference)));
            var state = EventsTexts.YourState(conference.RegisteredIds.Contains(userId), conference.WaitingIds.IndexOf(userId) + 1);
            var places = EventMessageTexts.Places(conference.PlacesLeft, conference.Capacity, conference.RegisteredIds.Count, conference.WaitingIds.Count);
            blocks.Add(ContextBlock.Markdown(state.Length > 0 ? $"{places} {state}" : places));
            var mine = conference.RegisteredIds.Contains(userId) || conference.WaitingIds.Contains(userId);
            var buttons = new List<Button> { mine ? EventAnnouncement.UnregisterButton(conference) : EventAnnouncement.RegisterButton(conference) };
            if (animator) buttons.AddRange(AnimatorButtons(conference));
            blocks.Add(new ActionsBlock(buttons));
        }
        if (coming.Count > MaxShown) blocks.Add(ContextBlock.Markdown(EventsTexts.MoreEvents(coming.Count - MaxShown)));
        if (past.Count > 0)
        {
            blocks.Add(new HeaderBlock(EventsTexts.PastHeader));
            foreach (var conference in past.Take(MaxShown / 2))
            {
                blocks.Add(SectionBlock.Markdown($"*{display.Title(conference)}* · {display.When(conference)}\n"
                    + EventsTexts.AnimatorCounts(conference.RegisteredIds.Count, conference.WaitingIds.Count, conference.AttendedIds.Count,
                        conference.AttendanceMarkedAtUtc is not null),
                    new Button(EventsIds.Attendance, EventsTexts.AttendanceButton, EventAnnouncement.Value(conference), ButtonStyle.Primary)));
            }
        }
        return new SlackMessage(EventsTexts.ListFallback, blocks);
    }

    private static IEnumerable<Button> AnimatorButtons(Conference conference)
    {
        var value = EventAnnouncement.Value(conference);
        yield return new Button(EventsIds.Edit, EventsTexts.EditButton, value);
        yield return new Button(EventsIds.Cancel, EventsTexts.CancelButton, value, ButtonStyle.Danger,
            confirm: new ConfirmDialog(EventsTexts.CancelConfirmTitle, EventsTexts.CancelConfirmText, EventsTexts.CancelConfirmYes,
                EventsTexts.CancelConfirmNo, danger: true));
        yield return new Button(EventsIds.Attendance, EventsTexts.AttendanceButton, value);
    }
}
