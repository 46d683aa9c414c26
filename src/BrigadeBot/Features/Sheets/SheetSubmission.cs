using System.Globalization;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using BrigadeBot.Features.Common;
using BrigadeBot.Limits;

namespace BrigadeBot.Features.Sheets;

/// <summary>
/// The publishing modal (stores the sheet, announced after the ack) and the edit modal (replaces the content of the
/// sheet named in private_metadata). Both are for animators only, checked again here.
/// </summary>
public sealed class SheetSubmission(SheetCatalog catalog, ThemeCatalog themes, Animators animators, MemberLimits limits)
    : IViewSubmissionHandler
{
    public async Task<ViewSubmissionReply> HandleAsync(ViewSubmissionPayload payload, CancellationToken ct)
    {
        if (!animators.Contains(payload.User.Id))
            return ViewSubmissionReply.WithError(SheetsIds.TitleBlock, CommonTexts.AnimatorsOnly);
        var (draft, errors) = SheetModal.Read(payload.View, themes.All, catalog.Today);
        if (draft is null) return ViewSubmissionReply.WithErrors(errors);

        if (payload.View.CallbackId == SheetsIds.CreateModal)
        {
            if (limits.TryTake(SheetsIds.PublishLimit, payload.User.Id) is { } refusal)
                return ViewSubmissionReply.WithError(SheetsIds.TitleBlock, refusal);
            await catalog.PublishAsync(draft, payload.User.Id, ct);
            return ViewSubmissionReply.Close();
        }
        var id = int.TryParse(payload.View.PrivateMetadata, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        var updated = await catalog.UpdateAsync(id, draft, payload.User.Id, ct);
        return updated is null
            ? ViewSubmissionReply.WithError(SheetsIds.TitleBlock, SheetsTexts.Gone)
            : ViewSubmissionReply.Close();
    }
}
