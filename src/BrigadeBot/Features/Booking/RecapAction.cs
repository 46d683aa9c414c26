using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Booking;

/// <summary>« Récapitulatif » beside a participant in the agenda: opens the recap modal (filled with the last one sent, if any).</summary>
public sealed class RecapAction(BookingStore bookings, RecapStore recaps, SessionDisplay display, ISlackApi slack, TimeProvider time,
    Animators animators, SlackMessenger messenger) : AnimatorAction(animators, messenger)
{
    protected override string Refusal => BookingTexts.AttendanceRefused;

    protected override async Task HandleForAnimatorAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        var booking = action.Value is { Length: > 0 } id ? await bookings.FindAsync(id, ct) : null;
        if (booking is null || booking.AnimatorId != payload.User.Id || booking.Status == BookingStatus.Cancelled
            || booking.StartUtc > time.GetUtcNow().UtcDateTime || string.IsNullOrEmpty(payload.TriggerId))
        {
            await ReplyAsync(payload, BookingTexts.AttendanceRefused, ct);
            return;
        }
        var intro = RecapTexts.Intro(Mrkdwn.User(booking.MemberId), Mrkdwn.Escape(display.ThemeName(booking.ThemeSlug)), display.When(booking));
        await slack.OpenViewAsync(payload.TriggerId, RecapModal.Build(booking.Id, intro, await recaps.FindAsync(booking.Id, ct)), ct);
    }
}
