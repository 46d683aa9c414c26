using Brigade.Slack.FollowUp;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Booking;
using BrigadeBot.Features.Codev;

namespace BrigadeBot.Features.Privacy;

/// <summary><c>/brigade corriger</c>: opens the correction modal with the member's category, coming bookings and open proposals.</summary>
public sealed class CorrigerCommand(MemberProfileStore profiles, BookingStore bookings, ProposalStore proposals, SessionDisplay display,
    ISlackApi slack, TimeProvider time) : ISlashCommandHandler
{
    public async Task<CommandReply?> HandleAsync(SlashCommand command, CancellationToken ct)
    {
        var member = command.UserId;
        var coming = (await bookings.UpcomingOfAsync(member, time.GetUtcNow().UtcDateTime, ct))
            .Select(b => new CorrectionChoice(b.Id, $"{display.ThemeName(b.ThemeSlug)} · {display.When(b)}")).ToList();
        var open = (await proposals.OpenByAsync(member, ct))
            .Select(p => new CorrectionChoice(p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"n° {p.Id} : {p.Problem}"))
            .ToList();
        await slack.OpenViewAsync(command.TriggerId ?? "", CorrectionModal.Build((await profiles.FindAsync(member, ct))?.Category, coming, open), ct);
        return null;
    }
}

/// <summary>
/// Applies the corrections: the category, cancellations (each through the booking service, so animators are told) and
/// withdrawals (the proposal is deleted and its channel message removed). Only the member's own records can change.
/// </summary>
public sealed class CorrectionSubmission(MemberProfileStore profiles, BookingService bookings, ProposalStore proposals,
    SlackFollowUpQueue followUp) : IViewSubmissionHandler
{
    public async Task<ViewSubmissionReply> HandleAsync(ViewSubmissionPayload payload, CancellationToken ct)
    {
        var member = payload.User.Id;
        var form = CorrectionModal.Read(payload.View);
        var categoryChanged = form.Category is not null && form.Category != (await profiles.FindAsync(member, ct))?.Category;
        if (categoryChanged) await profiles.SetCategoryAsync(member, form.Category, ct);
        var cancelled = 0;
        foreach (var id in form.BookingIds)
            if (await bookings.CancelByMemberAsync(id, member, ct)) cancelled++;
        var withdrawn = new List<CodevProposal>();
        foreach (var id in form.ProposalIds)
            if (await proposals.WithdrawAsync(id, member, ct) is { } proposal) withdrawn.Add(proposal);
        if (withdrawn.Count > 0)
            followUp.Enqueue("privacy: withdraw proposals", async (services, token) =>
            {
                foreach (var proposal in withdrawn) await ProposalStore.DeleteMessageAsync(services, proposal, token);
            });
        return ViewSubmissionReply.Update(CorrectionModal.Done(categoryChanged, cancelled, withdrawn.Count));
    }
}
