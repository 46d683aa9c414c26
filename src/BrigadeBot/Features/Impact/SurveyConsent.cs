using BrigadeBot.Features.Booking;

namespace BrigadeBot.Features.Impact;

/// <summary>
/// Whether a member accepted post-session surveys. The one place that decides it: the privacy feature brings a
/// <c>survey</c> consent purpose and re-points this method at it. Until then a <c>survey</c> record in the member's
/// consent history (booking's profile) decides, and without one the survey is offered (answering stays optional).
/// </summary>
public sealed class SurveyConsent(MemberProfileStore profiles)
{
    public const string Purpose = "survey";

    public bool IsGranted(string memberId) =>
        profiles.Find(memberId)?.ConsentHistory.LastOrDefault(c => c.Purpose == Purpose) is not { } last || last.Granted;
}
