using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Booking;

/// <summary>The recap an animator writes for one participant; the booking id travels in private_metadata.</summary>
public static class RecapModal
{
    public static ModalView Build(string bookingId, string intro, SessionRecap? previous) =>
        new(RecapTexts.ModalTitle,
        [
            SectionBlock.Markdown(MemberText.Cut(intro, 3000)),
            new InputBlock(BookingIds.RecapSeen, RecapTexts.SeenLabel,
                new PlainTextInput(BookingIds.Value, previous?.Seen, multiline: true, maxLength: RecapForm.SeenMax)),
            new InputBlock(BookingIds.RecapNextSteps, RecapTexts.NextStepsLabel,
                new PlainTextInput(BookingIds.Value, previous?.NextSteps, multiline: true, maxLength: RecapForm.NextStepsMax),
                optional: true),
            new InputBlock(BookingIds.RecapResources, RecapTexts.ResourcesLabel,
                new PlainTextInput(BookingIds.Value, previous is null ? null : Lines(previous), multiline: true,
                    maxLength: RecapForm.ResourcesInputMax, placeholder: RecapTexts.ResourcesPlaceholder),
                RecapTexts.ResourcesHint, optional: true),
        ], submit: RecapTexts.Submit, close: CommonTexts.Cancel, callbackId: BookingIds.RecapModal, privateMetadata: bookingId);

    public static RecapForm Read(ViewPayload view) => RecapForm.Parse(
        view.State.Text(BookingIds.RecapSeen, BookingIds.Value),
        view.State.Text(BookingIds.RecapNextSteps, BookingIds.Value),
        view.State.Text(BookingIds.RecapResources, BookingIds.Value));

    private static string Lines(SessionRecap recap) =>
        string.Join('\n', recap.Resources.Select(r => r.Label is null ? r.Url : $"{r.Label} {r.Url}"));
}
