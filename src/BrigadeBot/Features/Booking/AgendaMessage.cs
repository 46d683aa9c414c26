using BrigadeBot.Features.Common;
using Brigade.Slack.BlockKit;

namespace BrigadeBot.Features.Booking;

/// <summary>An animator's coming slots: when, themes, places, who booked (and their notes), and a cancel button.</summary>
public sealed class AgendaMessage(SlotStore slots, BookingStore bookings, SessionDisplay display, TimeProvider time)
{
    private const int MaxShown = 40;

    public SlackMessage Build(string animatorId, string? notice = null)
    {
        var upcoming = slots.UpcomingOf(animatorId, time.GetUtcNow().UtcDateTime);
        var blocks = new List<Block>();
        if (notice is not null) blocks.Add(SectionBlock.Markdown(notice));
        if (upcoming.Count == 0)
        {
            blocks.Add(SectionBlock.Markdown(BookingTexts.AgendaEmpty));
            return new SlackMessage(BookingTexts.AgendaEmpty, blocks);
        }
        blocks.Add(new HeaderBlock(BookingTexts.AgendaHeader));
        var shown = upcoming.Take(MaxShown).ToList();
        var taken = bookings.ActiveIn(shown.Select(s => s.Id).ToList());
        var confirm = new ConfirmDialog(BookingTexts.CancelSlotTitle, BookingTexts.CancelSlotText, BookingTexts.YesCancel,
            BookingTexts.No, danger: true);
        foreach (var slot in shown)
        {
            var participants = taken.Where(b => b.SlotId == slot.Id).OrderBy(b => b.CreatedAtUtc).ToList();
            blocks.Add(SectionBlock.Markdown(Describe(slot, participants),
                new Button(BookingIds.CancelSlot, BookingTexts.CancelSlotButton, slot.Id, ButtonStyle.Danger, confirm: confirm),
                blockId: "slot." + slot.Id));
        }
        if (upcoming.Count > MaxShown) blocks.Add(ContextBlock.Markdown(BookingTexts.AgendaMore(upcoming.Count - MaxShown)));
        return new SlackMessage(BookingTexts.AgendaHeader, blocks);
    }

    private string Describe(Slot slot, IReadOnlyList<Booking> participants)
    {
        var themes = slot.ThemeSlugs.Count > 3
            ? $"{slot.ThemeSlugs.Count} thèmes"
            : string.Join(", ", slot.ThemeSlugs.Select(s => Mrkdwn.Escape(display.ThemeName(s))));
        var head = $"*{display.When(slot)}* · {BookingTexts.Places(participants.Count, slot.Capacity)} · {themes}";
        if (participants.Count == 0) return $"{head}\n_{BookingTexts.NobodyYet}_";
        var lines = participants.Select(b =>
            $"• {Mrkdwn.User(b.MemberId)} ({Mrkdwn.Escape(display.ThemeName(b.ThemeSlug))})"
            + (string.IsNullOrWhiteSpace(b.Note) ? "" : $" : {Mrkdwn.Escape(MemberText.Cut(b.Note.ReplaceLineEndings(" "), 200))}"));
        return MemberText.Cut($"{head}\n{string.Join('\n', lines)}", 2900);
    }
}
