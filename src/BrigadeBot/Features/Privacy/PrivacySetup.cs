using Brigade.Slack.Routing;
using BrigadeBot.Features.Common.Privacy;
using BrigadeBot.Storage;
using Microsoft.Extensions.Options;
using BrigadeBot.Limits;

namespace BrigadeBot.Features.Privacy;

public static class PrivacySetup
{
    /// <summary>Privacy by design (Loi 25): notice, consents, access, export, correction, erasure, retention, audit.</summary>
    public static SlackAppBuilder AddPrivacy(this SlackAppBuilder slack)
    {
        slack.Command<ConfidentialiteCommand>(PrivacyIds.Confidentialite, PrivacyTexts.HelpConfidentialite)
             .Command<ConsentementsCommand>(PrivacyIds.Consentements, PrivacyTexts.HelpConsentements)
             .Command<MesDonneesCommand>(PrivacyIds.MesDonnees, PrivacyTexts.HelpMesDonnees)
             .Command<CorrigerCommand>(PrivacyIds.Corriger, PrivacyTexts.HelpCorriger)
             .Command<OublierCommand>(PrivacyIds.Oublier, PrivacyTexts.HelpOublier)
             .View<ConsentSubmission>(PrivacyIds.ConsentModal)
             .View<ErasureSubmission>(PrivacyIds.EraseModal)
             .View<CorrectionSubmission>(PrivacyIds.CorrectModal);

        var services = slack.Services;
        services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PrivacyOptions>, RetentionSettingsValidator>();
        services.AddMemberLimit(PrivacyIds.ExportLimit, permits: 3, TimeSpan.FromHours(1));
        services.AddStore<AuditStore>().AddPersonalData<AuditStore>(AuditStore.Inventory)
            .AddSingleton<IAccessAudit>(sp => sp.GetRequiredService<AuditStore>())
            .AddPersonalData(SeenEventsInventory.Collection);
        services.AddSingleton<PrivacyInventory>().AddSingleton<RetentionPolicy>().AddSingleton<MemberData>().AddSingleton<ExportDelivery>()
            .AddSingleton<SubjectResolver>().AddSingleton<RetentionService>();
        services.AddTransient<RetentionJob>();
        services.AddHostedService<PrivacyStartup>();
        return slack;
    }
}
