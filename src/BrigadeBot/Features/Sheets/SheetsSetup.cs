using Brigade.Slack.Routing;
using BrigadeBot.Features.Common.Privacy;
using BrigadeBot.Features.Common;
using BrigadeBot.Features.Common.KnowledgeSheets;
using BrigadeBot.Storage;
using BrigadeBot.Limits;

namespace BrigadeBot.Features.Sheets;

public static class SheetsSetup
{
    /// <summary>Knowledge sheets: <c>/brigade fiche</c>, its buttons and modals, the store, the index and the seeding.</summary>
    public static SlackAppBuilder AddSheets(this SlackAppBuilder slack)
    {
        slack.Command<FicheCommand>(SheetsIds.Fiche, SheetsTexts.HelpLine)
             .Action<ShareSheetAction>(SheetsIds.Share)
             .Action<SendSheetByDmAction>(SheetsIds.SendByDm)
             .Action<EditSheetAction>(SheetsIds.Edit)
             .Action<RetireSheetAction>(SheetsIds.Retire)
             .View<SheetSubmission>(SheetsIds.CreateModal)
             .View<SheetSubmission>(SheetsIds.EditModal)
             .Action<OpenSheetSearchAction>(SheetsIds.HomeSearch)
             .View<SheetSearchSubmission>(SheetsIds.SearchModal);
        slack.Services.AddOptions<SheetsChannelOptions>().BindConfiguration(FeatureChannel.Section).AsFeatureChannel(SheetsChannelOptions.Key, o => o.Channel);
        slack.Services.AddMemberLimit(SheetsIds.PublishLimit, permits: 10, TimeSpan.FromHours(1))
            .AddMemberLimit(SheetsIds.ShareLimit, permits: 10, TimeSpan.FromHours(1));
        slack.Services.AddStore<SheetStore>().AddPersonalData<SheetStore>(SheetStore.Inventory)
            .AddSingleton<SheetSearch>()
            .AddScoped<SheetCatalog>()
            .AddScoped<ISheetPublisher>(sp => sp.GetRequiredService<SheetCatalog>())
            .AddSingleton<IThemeSheets, ThemeSheetLookup>()
            .AddScoped<SheetAnnouncer>()
            .AddHostedService<SheetsStartup>()
            .AddStore<SheetShareStore>().AddPersonalData(SheetShareStore.Inventory)
            .AddSingleton<IImpactCounter>(sp => sp.GetRequiredService<SheetShareStore>())
            .AddScoped<IHomeSection, SheetSearchSection>();
        return slack;
    }
}
