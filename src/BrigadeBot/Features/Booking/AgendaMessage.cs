using BrigadeBot.Features.Common;
using BrigadeBot.Features.Common.Calendars;
using Brigade.Slack.BlockKit;

namespace BrigadeBot.Features.Booking;

/// <summary>
/// An animator's agenda: sessions started in the last week with « Présent·e » / « Absent·e » for each participant, then
/// the coming slots: when, themes, places, who booked (and their notes), a cancel button and « Modifier »; then the
/// buttons other features add (the calendar subscription). At most 50 blocks.
/// </summary>
public sealed class AgendaMessage(SlotStore slots, BookingStore bookings, SessionDisplay display, TimeProvider time,
    IEnumerable<IAgendaButton> agendaButtons)
{
    private const int MaxBlocks = 50;
    private const int MaxAttendanceBlocks = 24;
    public static readonly TimeSpan AttendanceWindow = TimeSpan.FromDays(7);

    public async Task<SlackMessage> BuildAsync(string animatorId, string? notice = null, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var blocks = new List<Block>();
        if (notice is not null) blocks.Add(SectionBlock.Markdown(notice));
        await AddAttendanceAsync(blocks, animatorId, now, ct);
        var upcoming = await slots.UpcomingOfAsync(animatorId, now, ct);
        if (upcoming.Count == 0)
        {
            blocks.Add(SectionBlock.Markdown(BookingTexts.AgendaEmpty));
            await AddButtonsAsync(blocks, animatorId, ct);
            return new SlackMessage(BookingTexts.AgendaEmpty, blocks);
        }
        blocks.Add(new HeaderBlock(BookingTexts.AgendaHeader));
        // Two blocks a slot: its line with « Annuler ce créneau », then « Modifier »; room is kept for « … more » and the buttons row.
        var room = Math.Min(20, (MaxBlocks - blocks.Count - 2) / 2);
        var shown = upcoming.Take(room).ToList();
        var taken = await bookings.ActiveInAsync(shown.Select(s => s.Id).ToList(), ct);
        var confirm = new ConfirmDialog(BookingTexts.CancelSlotTitle, BookingTexts.CancelSlotText, BookingTexts.YesCancel,
            BookingTexts.No, danger: true);
        foreach (var slot in shown)
        {
            var participants = taken.Where(b => b.SlotId == slot.Id).OrderBy(b => b.CreatedAtUtc).ToList();
            blocks.Add(SectionBlock.Markdown(Describe(slot, participants),
                new Button(BookingIds.CancelSlot, BookingTexts.CancelSlotButton, slot.Id, ButtonStyle.Danger, confirm: confirm,
                    accessibilityLabel: BookingTexts.CancelSlotLabel(display.StartsAt(slot.StartUtc))),
                blockId: BookingIds.SlotBlock(slot.Id)));
            blocks.Add(new ActionsBlock([new Button(BookingIds.EditSlot, BookingTexts.EditSlotButton, slot.Id,
                accessibilityLabel: BookingTexts.EditSlotLabel(display.StartsAt(slot.StartUtc)))]));
        }
        if (upcoming.Count > shown.Count) blocks.Add(ContextBlock.Markdown(BookingTexts.AgendaMore(upcoming.Count - shown.Count)));
        await AddButtonsAsync(blocks, animatorId, ct);
        return new SlackMessage(BookingTexts.AgendaHeader, blocks);
    }

    private async Task AddButtonsAsync(List<Block> blocks, string animatorId, CancellationToken ct)
    {
        var buttons = new List<Button>();
        foreach (var offer in agendaButtons)
            if (await offer.ForAsync(animatorId, ct) is { } button) buttons.Add(button);
        if (buttons.Count > 0) blocks.Add(new ActionsBlock(buttons.Take(25)));
    }

    /// <summary>Started sessions with participants: a line and the two buttons per participant, unmarked ones first.</summary>
    private async Task AddAttendanceAsync(List<Block> blocks, string animatorId, DateTime now, CancellationToken ct)
    {
        var started = await slots.StartedOfAsync(animatorId, now - AttendanceWindow, now, ct);
        if (started.Count == 0) return;
        var taken = await bookings.ActiveInAsync(started.Select(s => s.Id).ToList(), ct);
        if (taken.Count == 0) return;
        blocks.Add(new HeaderBlock(BookingTexts.AttendanceHeader));
        blocks.Add(ContextBlock.Markdown(BookingTexts.AttendanceIntro));
        var left = taken.Count;
        foreach (var slot in started)
        {
            var participants = taken.Where(b => b.SlotId == slot.Id)
                .OrderBy(b => b.Attendance is null ? 0 : 1).ThenBy(b => b.CreatedAtUtc).ToList();
            if (participants.Count == 0) continue;
            if (blocks.Count + 3 > MaxAttendanceBlocks) break;
            blocks.Add(SectionBlock.Markdown($"*{display.When(slot)}*", blockId: BookingIds.StartedBlock(slot.Id)));
            foreach (var (booking, rank) in participants.Select((b, i) => (b, i + 1)))
            {
                if (blocks.Count + 2 > MaxAttendanceBlocks) break;
                blocks.Add(SectionBlock.Markdown(
                    FrenchTypography.Format($"{Mrkdwn.User(booking.MemberId)} ({Mrkdwn.Escape(display.ThemeName(booking.ThemeSlug))}) : *{Mark(booking)}*"),
                    blockId: BookingIds.AttendanceBlock(booking.Id)));
                blocks.Add(new ActionsBlock(
                [
                    new Button(BookingIds.MarkPresent, BookingTexts.PresentButton, booking.Id,
                        booking.Attendance == Attendance.Present ? ButtonStyle.Primary : ButtonStyle.Default,
                        accessibilityLabel: BookingTexts.PresentLabel(rank, display.StartsAt(slot.StartUtc))),
                    new Button(BookingIds.MarkAbsent, BookingTexts.AbsentButton, booking.Id,
                        booking.Attendance == Attendance.Absent ? ButtonStyle.Danger : ButtonStyle.Default,
                        accessibilityLabel: BookingTexts.AbsentLabel(rank, display.StartsAt(slot.StartUtc))),
                    new Button(BookingIds.Recap, RecapTexts.Button, booking.Id,
                        accessibilityLabel: RecapTexts.ButtonLabel(rank, display.StartsAt(slot.StartUtc))),
                ], blockId: BookingIds.MarkBlock(booking.Id)));
                left--;
            }
        }
        if (left > 0) blocks.Add(ContextBlock.Markdown(BookingTexts.AttendanceMore(left)));
    }

    private static string Mark(Booking booking) => booking.Attendance switch
    {
        Attendance.Present => BookingTexts.MarkedPresent,
        Attendance.Absent => BookingTexts.MarkedAbsent,
        _ => BookingTexts.NotMarked,
    };

    private string Describe(Slot slot, IReadOnlyList<Booking> participants)
    {
        var themes = slot.ThemeSlugs.Count > 3
            ? $"{slot.ThemeSlugs.Count} thèmes"
            : string.Join(", ", slot.ThemeSlugs.Select(s => Mrkdwn.Escape(display.ThemeName(s))));
        var head = $"*{display.When(slot)}* · {BookingTexts.Places(participants.Count, slot.Capacity)} · {themes}";
        if (participants.Count == 0) return $"{head}\n_{BookingTexts.NobodyYet}_";
        var lines = participants.Select(b =>
            $"• {Mrkdwn.User(b.MemberId)} ({Mrkdwn.Escape(display.ThemeName(b.ThemeSlug))})"
            + (string.IsNullOrWhiteSpace(b.Note) ? "" : FrenchTypography.Format($" : {Mrkdwn.Escape(MemberText.Cut(b.Note.ReplaceLineEndings(" "), 200))}")));
        return MemberText.Cut($"{head}\n{string.Join('\n', lines)}", 2900);
    }
}
