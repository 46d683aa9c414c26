using System.Security.Cryptography;
using System.Text;
using Brigade.Slack.BlockKit;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common.Deliveries;
using Quartz;

namespace BrigadeBot.Features.Booking;

/// <summary>
/// Sends a session's recap PDF by DM to its member, then a copy to its animator. The PDF is drawn for the occasion and
/// never kept. When Slack cannot be reached, the recap is tried again every minute for <see cref="UsefulFor"/> after it
/// was written, to whoever has not had it yet; a refusal is logged. The recap stays stored either way (the export gives
/// it again).
/// </summary>
public sealed class RecapDelivery(RecapStore recaps, RecapDocuments documents, SlackMessenger messenger, ISlackApi slack,
    DeliveryRetries retries)
{
    public static readonly TimeSpan UsefulFor = BookingReminders.FollowUpUsefulFor;

    public static JobKey Key(string bookingId) => new(bookingId, "recap-delivery");

    /// <summary>Sends the recap of <paramref name="bookingId"/>, if one was written; <c>false</c> when there is none.</summary>
    public async Task<bool> SendAsync(string bookingId, CancellationToken ct)
    {
        if (await recaps.FindAsync(bookingId, ct) is not { } recap) return false;
        var pdf = await documents.RenderAsync(recap, ct);
        var theme = documents.ThemeName(recap.ThemeSlug);
        var alt = RecapTexts.AltText(theme, documents.Date(recap));
        var escaped = Mrkdwn.Escape(theme);
        var what = $"Recap PDF of booking {bookingId}";
        var usefulUntil = recap.WrittenAtUtc + UsefulFor;
        await retries.SendToEachOrRetryAsync<RecapDeliveryJob>(what, MessageOf(recap), [recap.MemberId, recap.AnimatorId], usefulUntil,
            (userId, token) => UploadAsync(userId, pdf, userId == recap.MemberId
                ? RecapTexts.MemberComment(escaped)
                : RecapTexts.AnimatorCopy(Mrkdwn.User(recap.MemberId), escaped), alt, recap, token),
            Key(bookingId), RecapDeliveryJob.Data(bookingId), ct);
        return true;
    }

    private async Task UploadAsync(string userId, byte[] pdf, string comment, string alt, SessionRecap recap, CancellationToken ct)
    {
        var channel = await messenger.DirectChannelAsync(userId, ct);
        await slack.UploadFileAsync(channel, RecapTexts.FileName(recap.BookingId), pdf, RecapTexts.FileTitle, comment, ct, alt);
    }

    // A rewritten recap is a new message: it goes again to both, while a retry of the same one reaches only who missed it.
    private static string MessageOf(SessionRecap recap)
    {
        var content = string.Join('\u001f', [recap.Seen, recap.NextSteps ?? "", .. recap.Resources.Select(r => $"{r.Label}\u001e{r.Url}")]);
        return $"recap:{recap.BookingId}:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)))[..16]}";
    }
}
