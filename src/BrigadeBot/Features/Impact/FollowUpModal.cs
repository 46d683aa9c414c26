using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;

namespace BrigadeBot.Features.Impact;

/// <summary>
/// The follow-up survey: sharing, a concrete step, the most helpful activity, the stage, an optional testimonial and,
/// apart and unticked, the consent to publish it. The program year travels in private_metadata.
/// </summary>
public static class FollowUpModal
{
    public const int MaxTestimonial = 1500;
    public const int MaxFirstName = 40;

    public static ModalView Build(string programYear)
    {
        var id = ImpactIds.Value;
        Block[] blocks =
        [
            SectionBlock.Markdown(FollowUpTexts.Intro),
            new InputBlock(ImpactIds.FollowUpShared, FollowUpTexts.SharedLabel,
                new RadioButtons(id, FollowUpTexts.SharedChoices.Select(c => new Option(c.Label, c.Value.ToString())))),
            new InputBlock(ImpactIds.FollowUpStep, FollowUpTexts.StepLabel,
                new RadioButtons(id, FollowUpTexts.StepChoices.Select(c => new Option(c.Label, c.Value ? "yes" : "no")))),
            new InputBlock(ImpactIds.FollowUpHelpful, FollowUpTexts.HelpfulLabel,
                new RadioButtons(id, FollowUpTexts.ActivityChoices.Select(c => new Option(c.Label, c.Value.ToString())))),
            new InputBlock(ImpactIds.FollowUpStage, FollowUpTexts.StageLabel,
                new RadioButtons(id, FollowUpTexts.StageChoices.Select(c => new Option(c.Label, c.Value.ToString(), c.Description)))),
            new InputBlock(ImpactIds.FollowUpTestimonial, FollowUpTexts.TestimonialLabel,
                new PlainTextInput(id, multiline: true, maxLength: MaxTestimonial), FollowUpTexts.TestimonialHint, optional: true),
            new InputBlock(ImpactIds.FollowUpConsent, FollowUpTexts.ConsentLabel,
                new Checkboxes(id, [new Option(FollowUpTexts.ConsentOption, ImpactIds.Publish)]), FollowUpTexts.ConsentHint, optional: true),
            new InputBlock(ImpactIds.FollowUpSignature, FollowUpTexts.SignatureLabel,
                new RadioButtons(id, [new Option(FollowUpTexts.SignatureAnonymous, nameof(FollowUpPublication.Anonymous)),
                    new Option(FollowUpTexts.SignatureFirstName, nameof(FollowUpPublication.FirstName))]), optional: true),
            new InputBlock(ImpactIds.FollowUpFirstName, FollowUpTexts.FirstNameLabel,
                new PlainTextInput(id, maxLength: MaxFirstName), FollowUpTexts.FirstNameHint, optional: true),
        ];
        return new ModalView(FollowUpTexts.Title, blocks, FollowUpTexts.Submit, Common.CommonTexts.Cancel, ImpactIds.FollowUpModal, programYear);
    }

    /// <summary>The answers, or the errors keyed by block_id.</summary>
    public static (FollowUpForm? Form, Dictionary<string, string> Errors) Read(ViewPayload view)
    {
        var state = view.State;
        var id = ImpactIds.Value;
        var errors = new Dictionary<string, string>();
        T? Choice<T>(string block) where T : struct, Enum =>
            Enum.TryParse<T>(state.Text(block, id), out var value) && Enum.IsDefined(value) ? value : null;
        var shared = Choice<FollowUpShared>(ImpactIds.FollowUpShared);
        var step = state.Text(ImpactIds.FollowUpStep, id) switch { "yes" => true, "no" => false, _ => (bool?)null };
        var helpful = Choice<FollowUpActivity>(ImpactIds.FollowUpHelpful);
        var stage = Choice<FollowUpStage>(ImpactIds.FollowUpStage);
        if (shared is null) errors[ImpactIds.FollowUpShared] = FollowUpTexts.ChooseOne;
        if (step is null) errors[ImpactIds.FollowUpStep] = FollowUpTexts.ChooseOne;
        if (helpful is null) errors[ImpactIds.FollowUpHelpful] = FollowUpTexts.ChooseOne;
        if (stage is null) errors[ImpactIds.FollowUpStage] = FollowUpTexts.ChooseOne;

        var testimonial = state.Text(ImpactIds.FollowUpTestimonial, id) is { } typed ? Common.MemberText.Cut(typed, MaxTestimonial) : null;
        var consent = state.SelectedValues(ImpactIds.FollowUpConsent, id).Contains(ImpactIds.Publish);
        var signature = Choice<FollowUpPublication>(ImpactIds.FollowUpSignature) ?? FollowUpPublication.Anonymous;
        var firstName = state.Text(ImpactIds.FollowUpFirstName, id) is { } name ? Common.MemberText.OneLine(name, MaxFirstName) : null;
        var publication = consent && testimonial is not null ? signature : FollowUpPublication.NotPublished;
        if (publication == FollowUpPublication.FirstName && firstName is null) errors[ImpactIds.FollowUpFirstName] = FollowUpTexts.FirstNameMissing;

        if (errors.Count > 0) return (null, errors);
        return (new FollowUpForm(shared!.Value, step!.Value, helpful!.Value, stage!.Value, testimonial, publication,
            publication == FollowUpPublication.FirstName ? firstName : null), errors);
    }
}
