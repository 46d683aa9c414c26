namespace BrigadeBot.Features.Events;

/// <summary>The DMs that follow a conference once its attendance is marked.</summary>
public enum EventFollowUpKind
{
    /// <summary>The replay link, to the registrants who did not come.</summary>
    Replay,

    /// <summary>The survey button, to those newly marked present who accept surveys.</summary>
    Survey,
}
