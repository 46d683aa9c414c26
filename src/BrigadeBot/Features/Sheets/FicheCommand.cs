using Brigade.Slack;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.Sheets;

/// <summary>
/// <c>/brigade fiche</c>: the themes and their sheets; <c>/brigade fiche &lt;mots&gt;</c>: the best matches with
/// their buttons; <c>/brigade fiche ajouter</c> (animators): the publishing modal.
/// </summary>
public sealed class FicheCommand(SheetCatalog catalog, ThemeCatalog themes, Animators animators, ISlackApi slack,
    IOptions<SlackOptions> slackOptions, ILogger<FicheCommand> log) : ISlashCommandHandler
{
    public async Task<CommandReply?> HandleAsync(SlashCommand command, CancellationToken ct)
    {
        var isAnimator = animators.Contains(command.UserId);
        var name = slackOptions.Value.Command;
        var query = command.Arguments.Trim();
        if (query.Length == 0)
            return CommandReply.Ephemeral(SheetSearchReply.Themes(await catalog.ByThemeAsync(ct), name, isAnimator));
        if (SubCommandText.Normalize(query) == SheetsIds.AddWord)
            return await OpenModalAsync(command, isAnimator, ct);

        var sheets = await catalog.SearchAsync(query, ct);
        return CommandReply.Ephemeral(sheets.Count == 0
            ? SheetSearchReply.NoMatch(query, await catalog.ByThemeAsync(ct), name, isAnimator)
            : SheetSearchReply.Results(query, sheets, command.ChannelId, isAnimator, catalog.ThemeName));
    }

    private async Task<CommandReply?> OpenModalAsync(SlashCommand command, bool isAnimator, CancellationToken ct)
    {
        if (!isAnimator) return CommandReply.Ephemeral(CommonTexts.AnimatorsOnly);
        if (string.IsNullOrEmpty(command.TriggerId))
            return CommandReply.Ephemeral(CommonTexts.Apology);
        try
        {
            await slack.OpenViewAsync(command.TriggerId, SheetModal.Build(themes.All, null, catalog.Today), ct);
            return null;
        }
        catch (SlackApiException ex)
        {
            log.LogWarning("The sheet modal could not be opened ({Error})", ex.Error);
            return CommandReply.Ephemeral(CommonTexts.Apology);
        }
    }
}
