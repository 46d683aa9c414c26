using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;

namespace BrigadeBot.Features.Privacy;

/// <summary><c>/brigade oublier</c>'s confirmation modal; the member erased travels in private_metadata.</summary>
public static class ErasureModal
{
    public static ModalView Build(string subjectId, bool self, ErasurePreview preview) => new(
        self ? PrivacyModalTexts.EraseTitle : PrivacyModalTexts.EraseOtherTitle,
        [
            SectionBlock.Markdown(PrivacyModalTexts.EraseIntro(self, Mrkdwn.User(subjectId))),
            SectionBlock.Markdown(PrivacyModalTexts.EraseWhat(preview.Coming, preview.Bookings, preview.Proposals, preview.Votes,
                preview.Registrations)),
        ],
        PrivacyModalTexts.EraseSubmit, Common.CommonTexts.Cancel, PrivacyIds.EraseModal, subjectId);

    public static string? Subject(ViewPayload view) => MemberMention.Parse(view.PrivateMetadata);

    public static ModalView Done(string subjectId, bool self) => new(PrivacyModalTexts.ErasedTitle,
        [SectionBlock.Markdown(self ? PrivacyModalTexts.Erased : PrivacyModalTexts.ErasedOther(Mrkdwn.User(subjectId)))],
        close: PrivacyModalTexts.Close);
}
