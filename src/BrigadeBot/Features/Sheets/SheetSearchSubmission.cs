using Brigade.Slack;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using BrigadeBot.Features.Common;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.Sheets;

/// <summary>The App Home's search modal submitted: the same modal comes back with the results (or the themes when none match).</summary>
public sealed class SheetSearchSubmission(SheetCatalog catalog, Animators animators, IOptions<SlackOptions> slackOptions)
    : IViewSubmissionHandler
{
    public async Task<ViewSubmissionReply> HandleAsync(ViewSubmissionPayload payload, CancellationToken ct)
    {
        var query = SheetSearchModal.Read(payload.View);
        if (query.Length == 0) return ViewSubmissionReply.WithError(SheetsIds.QueryBlock, SheetsTexts.QueryMissing);
        var command = slackOptions.Value.Command;
        var sheets = await catalog.SearchAsync(query, ct);
        var results = sheets.Count == 0
            ? SheetSearchReply.NoMatch(query, await catalog.ByThemeAsync(ct), command, animators.Contains(payload.User.Id)).Blocks!
            : [.. SheetSearchReply.ResultBlocks(query, sheets, catalog.ThemeName),
                Brigade.Slack.BlockKit.ContextBlock.Markdown(SheetsTexts.ShareFromChannelTip(command))];
        return ViewSubmissionReply.Update(SheetSearchModal.Build(query, results));
    }
}
