using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Booking;

/// <summary>
/// « Présent·e » / « Absent·e » in the agenda: only the session's animator, still an animator, may mark; the agenda is redrawn with the mark.
/// </summary>
public sealed class MarkAttendanceAction(BookingService service, AgendaMessage agenda, Animators animators,
    SlackMessenger messenger) : AnimatorAction(animators, messenger)
{
    protected override string Refusal => BookingTexts.AttendanceRefused;

    protected override async Task HandleForAnimatorAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        var animator = payload.User.Id;
        var mark = action.ActionId == BookingIds.MarkAbsent ? Attendance.Absent : Attendance.Present;
        var booking = action.Value is { Length: > 0 } id ? await service.MarkAttendanceAsync(id, animator, mark, ct) : null;
        var reply = booking is null
            ? new SlackMessage(BookingTexts.AttendanceRefused)
            : await agenda.BuildAsync(animator, BookingTexts.AttendanceSaved(Mrkdwn.User(booking.MemberId), mark == Attendance.Present), ct);
        await ReplyAsync(payload, reply, ct, replaceOriginal: booking is not null);
    }
}
