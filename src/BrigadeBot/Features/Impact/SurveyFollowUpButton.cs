using Brigade.Slack.BlockKit;
using BrigadeBot.Features.Common.FollowUps;

namespace BrigadeBot.Features.Impact;

/// <summary>« Donner mon avis » on the follow-up DM, for members who accept surveys.</summary>
public sealed class SurveyFollowUpButton(SurveyConsent consent) : IFollowUpButton
{
    public async Task<Button?> ForAsync(HeldSession session, CancellationToken ct) => await consent.IsGrantedAsync(session.MemberId, ct)
        ? new Button(ImpactIds.SurveyOpen, ImpactTexts.SurveyButton, session.Id, ButtonStyle.Primary)
        : null;
}
