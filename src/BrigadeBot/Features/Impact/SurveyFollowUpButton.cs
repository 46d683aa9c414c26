using Brigade.Slack.BlockKit;
using BrigadeBot.Features.Booking;
using BookingRecord = BrigadeBot.Features.Booking.Booking;

namespace BrigadeBot.Features.Impact;

/// <summary>« Donner mon avis » on the follow-up DM, for members who accept surveys.</summary>
public sealed class SurveyFollowUpButton(SurveyConsent consent) : IFollowUpButton
{
    public async Task<Button?> ForAsync(BookingRecord booking, CancellationToken ct) => await consent.IsGrantedAsync(booking.MemberId, ct)
        ? new Button(ImpactIds.SurveyOpen, ImpactTexts.SurveyButton, booking.Id, ButtonStyle.Primary)
        : null;
}
