using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common.Privacy;

namespace BrigadeBot.Features.Privacy;

/// <summary>Sends the export file, then the documents drawn for it, in the DM of whoever asked for it: never to a channel.</summary>
public sealed class ExportDelivery(SlackMessenger messenger, ISlackApi slack, IServiceProvider services, ILogger<ExportDelivery> log)
{
    public async Task<bool> SendAsync(string recipientId, MemberExport export, CancellationToken ct)
    {
        var self = recipientId == export.MemberId;
        try
        {
            var channel = await messenger.DirectChannelAsync(recipientId, ct);
            await slack.UploadFileAsync(channel, self ? PrivacyTexts.ExportFileName : PrivacyTexts.ExportFileNameFor(export.MemberId),
                export.ToUtf8(), PrivacyTexts.ExportTitle, self ? PrivacyTexts.ExportComment : PrivacyTexts.ExportCommentFor(export.MemberId), ct);
            foreach (var file in export.Files)
                await slack.UploadFileAsync(channel, file.FileName, await file.Render(services, ct), file.Title, ct: ct);
            return true;
        }
        catch (SlackApiException ex)
        {
            log.LogWarning("Member export not delivered ({Error})", ex.Error);
            return false;
        }
    }
}
