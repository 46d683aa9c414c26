using Brigade.Slack.BlockKit;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Sheets;

/// <summary>Members' App Home: how many sheets there are and the « Chercher une fiche » button that opens the search.</summary>
public sealed class SheetSearchSection(SheetStore store) : IHomeSection
{
    public HomeAudience Audience => HomeAudience.Members;
    public int Order => 20;

    public async Task<IReadOnlyList<Block>> BuildAsync(string userId, int maxBlocks, CancellationToken ct) => maxBlocks < 2 ? [] :
    [
        new HeaderBlock(SheetsTexts.HomeHeader),
        SectionBlock.Markdown(SheetsTexts.HomeText((await store.ActiveAsync(ct)).Count),
            new Button(SheetsIds.HomeSearch, SheetsTexts.SearchButton, style: ButtonStyle.Primary), blockId: SheetsIds.HomeSearchBlock),
    ];
}
