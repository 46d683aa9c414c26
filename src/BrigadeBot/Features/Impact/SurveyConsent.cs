using BrigadeBot.Features.Common.Members;

namespace BrigadeBot.Features.Impact;

/// <summary>
/// Whether a member accepted post-session surveys: the member registry's <see cref="ConsentPurposes.Survey"/> consent, given in the
/// first booking's form or with <c>/brigade consentements</c>. A member who never chose gets no survey.
/// </summary>
public sealed class SurveyConsent(Consents consents)
{
    public Task<bool> IsGrantedAsync(string memberId, CancellationToken ct) => consents.IsGrantedAsync(memberId, ConsentPurposes.Survey, ct);
}
