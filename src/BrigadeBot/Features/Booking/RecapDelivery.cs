using Brigade.Slack.BlockKit;
using Brigade.Slack.WebApi;

namespace BrigadeBot.Features.Booking;

/// <summary>
/// Sends a session's recap PDF by DM to its member, then a copy to its animator. The PDF is drawn for the occasion and
/// never kept. A failure is logged; the recap stays stored (the export gives it again).
/// </summary>
public sealed class RecapDelivery(RecapStore recaps, RecapDocuments documents, SlackMessenger messenger, ISlackApi slack,
    ILogger<RecapDelivery> log)
{
    /// <summary>Sends the recap of <paramref name="bookingId"/>, if one was written; <c>false</c> when there is none.</summary>
    public async Task<bool> SendAsync(string bookingId, CancellationToken ct)
    {
        if (await recaps.FindAsync(bookingId, ct) is not { } recap) return false;
        var pdf = await documents.RenderAsync(recap, ct);
        var theme = documents.ThemeName(recap.ThemeSlug);
        var alt = RecapTexts.AltText(theme, documents.Date(recap));
        var escaped = Mrkdwn.Escape(theme);
        await UploadAsync(recap.MemberId, pdf, RecapTexts.MemberComment(escaped), alt, recap, ct);
        await UploadAsync(recap.AnimatorId, pdf, RecapTexts.AnimatorCopy(Mrkdwn.User(recap.MemberId), escaped), alt, recap, ct);
        return true;
    }

    private async Task UploadAsync(string userId, byte[] pdf, string comment, string alt, SessionRecap recap, CancellationToken ct)
    {
        try
        {
            var channel = await messenger.DirectChannelAsync(userId, ct);
            await slack.UploadFileAsync(channel, RecapTexts.FileName(recap.BookingId), pdf, RecapTexts.FileTitle, comment, ct, alt);
        }
        catch (SlackApiException ex)
        {
            log.LogWarning("Recap PDF not delivered ({Error})", ex.Error);
        }
    }
}
