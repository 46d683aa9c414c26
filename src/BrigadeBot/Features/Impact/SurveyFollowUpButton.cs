using Brigade.Slack.BlockKit;
using BrigadeBot.Features.Booking;
using BookingRecord = BrigadeBot.Features.Booking.Booking;

namespace BrigadeBot.Features.Impact;

/// <summary>« Donner mon avis » on the follow-up DM, for members who accept surveys.</summary>
public sealed class SurveyFollowUpButton(SurveyConsent consent) : IFollowUpButton
{
    public Button? For(BookingRecord booking) => consent.IsGranted(booking.MemberId)
        ? new Button(ImpactIds.SurveyOpen, ImpactTexts.SurveyButton, booking.Id, ButtonStyle.Primary)
        : null;
}
