using Brigade.Slack.WebApi;

namespace BrigadeBot.Features.Common.Calendars;

/// <summary>
/// Sends one <see cref="CalendarEntry"/> as an <c>.ics</c> file in a member's DM, with a French comment telling what to do
/// with it. A failure is logged and swallowed: the booking, registration or change it accompanies stands.
/// </summary>
public sealed class CalendarFileSender(CalendarFiles files, SlackMessenger messenger, ISlackApi slack, ILogger<CalendarFileSender> log)
{
    /// <summary>Uploads <paramref name="entry"/> as <paramref name="fileName"/>, titled <paramref name="title"/> (else the entry's title).</summary>
    public async Task SendAsync(string userId, CalendarEntry entry, string fileName, string comment, CancellationToken ct, string? title = null)
    {
        try
        {
            var channel = await messenger.DirectChannelAsync(userId, ct);
            await slack.UploadFileAsync(channel, fileName, files.File(entry), title ?? entry.Title, comment, ct);
        }
        catch (SlackApiException ex)
        {
            log.LogWarning("Calendar file {FileName} not delivered ({Error})", fileName, ex.Error);
        }
    }
}
