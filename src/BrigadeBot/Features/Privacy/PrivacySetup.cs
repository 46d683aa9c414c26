using Brigade.Slack.Routing;
using BrigadeBot.Storage;
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
        services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.Section)
            .Validate(o => o.StatsMinCell is >= 1 and <= 100, "Privacy:StatsMinCell must be between 1 and 100.")
            .Validate(o => new[] { o.Retention.BookingsMonths, o.Retention.ProposalsMonths, o.Retention.AuditMonths }.All(m => m is >= 1 and <= 120),
                "Privacy:Retention:BookingsMonths, ProposalsMonths and AuditMonths must be numbers of months between 1 and 120.")
            .ValidateOnStart();
        services.AddMemberLimit(PrivacyIds.ExportLimit, permits: 3, TimeSpan.FromHours(1));
        services.AddStore<AuditStore>().AddStore<SessionFactStore>()
            .AddPersonalData<AuditStore>().AddPersonalData<SessionFactStore>();
        services.AddSingleton<Consents>().AddSingleton<MemberData>().AddSingleton<ExportDelivery>().AddSingleton<SubjectResolver>()
            .AddSingleton<RetentionService>();
        services.AddTransient<RetentionJob>();
        services.AddHostedService<PrivacyStartup>();
        return slack;
    }
}
