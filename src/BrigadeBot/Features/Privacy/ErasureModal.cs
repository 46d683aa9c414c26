using System.Globalization;
using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using BrigadeBot.Features.Common.Privacy;

namespace BrigadeBot.Features.Privacy;

/// <summary>What the member will lose, counted from their data, and the confirmation that nothing can bring it back.</summary>
public sealed record ErasurePreview(int Coming, int Bookings, int Proposals, int Votes, int Registrations)
{
    /// <summary>Counted from the member's export (its sections are the export format's): coming = confirmed, not yet over.</summary>
    public static ErasurePreview From(MemberExport export, DateTimeOffset now)
    {
        var coming = export.Root["bookings"]?.AsArray().Count(b =>
            b?["status"]?.GetValue<string>() == "confirmed"
            && DateTimeOffset.TryParse(b["end"]?.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
            && end > now) ?? 0;
        return new(coming, export.Count("bookings"), export.Count("proposals"), export.Count("votes"), export.Count("registrations"));
    }
}

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
