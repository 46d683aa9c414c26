using Brigade.Slack.BlockKit;
using BrigadeBot.Features.Common.Waitlists;

namespace BrigadeBot.Features.Booking;

/// <summary>A member's waiting lists as they read them: what they wait for, and their place in line or the place held; each with « Quitter la liste ».</summary>
public static class WaitlistLines
{
    public static async Task<IReadOnlyList<(string EntryId, string Line, string What)>> OfAsync(WaitlistStore waitlists, SlotStore slots,
        SessionDisplay display, string memberId, CancellationToken ct)
    {
        var lines = new List<(string, string, string)>();
        foreach (var (entry, rank) in await waitlists.OfMemberAsync(memberId, ct))
        {
            if (entry.Owner != WaitQueues.Owner) continue;
            var themeName = display.ThemeName(entry.Choice ?? "");
            var theme = Mrkdwn.Escape(themeName);
            if (entry.HoldUntilUtc is { } until)
            {
                lines.Add((entry.Id, BookingMessageTexts.HeldWait(theme, display.StartsAt(until)), themeName));
                continue;
            }
            var slot = WaitQueues.SlotOf(entry.Queue) is { } slotId ? await slots.FindAsync(slotId, ct) : null;
            lines.Add(slot is null
                ? (entry.Id, BookingMessageTexts.ThemeWait(theme, rank), themeName)
                : (entry.Id, BookingMessageTexts.SlotWait(theme, display.When(slot), rank), $"{themeName}, {display.StartsAt(slot.StartUtc)}"));
        }
        return lines;
    }

    /// <summary>The header and a line per list with « Quitter la liste » (<paramref name="actionId"/>), at most <paramref name="max"/>.</summary>
    public static void AddTo(List<Block> blocks, IReadOnlyList<(string EntryId, string Line, string What)> waits, int max, string actionId,
        Func<string, string> blockId)
    {
        if (waits.Count == 0) return;
        blocks.Add(new HeaderBlock(BookingMessageTexts.WaitlistsHeader));
        foreach (var (entryId, line, what) in waits.Take(max))
            blocks.Add(SectionBlock.Markdown(line,
                new Button(actionId, BookingMessageTexts.LeaveWaitlistButton, entryId, accessibilityLabel: BookingMessageTexts.LeaveWaitlistLabel(what)),
                blockId: blockId(entryId)));
    }
}
