using Brigade.Slack.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Brigade.Slack.Tests.Support;

/// <summary>The routes every test host registers, with handlers that only record what they got.</summary>
public static class TestRoutes
{
    public const string SlowCommand = "lent";
    public const string FailingCommand = "panne";
    public const string CancelAction = "booking.cancel";
    public const string VotePrefix = "vote:";
    public const string FailingAction = "boom";
    public const string ErrorsView = "modal-callback-id";
    public const string ClosingView = "test-view";
    public const string FailingView = "fail-view";
    public const string SuggestionAction = "es_a";
    public const string Shortcut = "test-shortcut";
    public const string SlowAction = "lent.action";
    public const string SlowSuggestion = "es_lent";
    public const string FailingSuggestion = "es_panne";
    public const string NullSuggestion = "es_vide";
    public const string NullView = "null-view";
    public const string QueueingCommand = "suivi";

    public static SlackAppBuilder AddTestRoutes(this SlackAppBuilder slack)
    {
        slack.Services.AddSingleton<LateGates>();
        return slack
            .Command<ReserverCommand>("réserver", "Réserver un accompagnement")
            .Command<SlowCommand>(SlowCommand, "Répond lentement")
            .Command<FailingCommand>(FailingCommand, "Échoue toujours")
            .Command<QueueingCommand>(QueueingCommand, "Laisse du travail pour après")
            .FallbackCommand<HelpCommand>()
            .Action<CancelAction>(CancelAction)
            .ActionPrefix<VoteAction>(VotePrefix)
            .Action<FailingAction>(FailingAction)
            .View<ErrorsView>(ErrorsView)
            .View<ClosingView>(ClosingView)
            .View<FailingView>(FailingView)
            .ViewClosed<ClosedView>(ErrorsView)
            .Options<SuggestionOptions>(SuggestionAction)
            .Action<SlowAction>(SlowAction)
            .Options<SlowSuggestion>(SlowSuggestion)
            .Options<FailingSuggestion>(FailingSuggestion)
            .Options<NullSuggestion>(NullSuggestion)
            .View<NullView>(NullView)
            .Shortcut<RecordingShortcut>(Shortcut)
            .Event<RecordingEvent>("team_join")
            .Event<RecordingEvent>("app_home_opened")
            .Event<SlowEvent>(SlowEvent.Type)
            .Event<FailingOnceEvent>(FailingOnceEvent.Type);
    }
}
