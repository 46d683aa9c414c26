using System.Globalization;
using Brigade.Slack.BlockKit;
using BrigadeBot.Features.Common.Waitlists;
using BrigadeBot.Scheduling;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.Codev;

/// <summary>
/// Codevelopment as a member sees it (<c>/brigade codev</c>, the App Home, the follow-up DM): the coming meetings with
/// their topic, date, place, places left and « M'inscrire » / « Me désinscrire » (a full one: its waiting list, the
/// member's place in it and « Quitter la liste »), then the member's own proposals.
/// </summary>
public sealed class MemberMeetings(MeetingStore meetings, ProposalStore proposals, WaitlistStore waitlists, BrigadeTimeZone zone, TimeProvider time,
    IOptions<Brigade.Slack.SlackOptions> options)
{
    private const int MaxMeetings = 8;
    private const int MaxProposals = 10;

    /// <param name="onHome">Buttons answer on the Home instead of in the conversation.</param>
    public async Task<List<Block>> BuildAsync(string memberId, bool onHome, CancellationToken ct)
    {
        var command = options.Value.Command;
        var now = time.GetUtcNow().UtcDateTime;
        var coming = (await meetings.ScheduledAsync(ct)).Where(m => m.StartsAtUtc > now).ToList();
        var blocks = new List<Block>
        {
            new HeaderBlock(onHome ? MemberMeetingTexts.HomeHeader : MemberMeetingTexts.Header),
            ContextBlock.Markdown(coming.Count == 0 ? MemberMeetingTexts.NoMeeting(command) : MemberMeetingTexts.Intro),
        };
        var waits = (await waitlists.OfMemberAsync(memberId, ct)).Where(w => w.Entry.Owner == MeetingQueues.Owner)
            .ToDictionary(w => w.Entry.Queue, StringComparer.Ordinal);
        foreach (var meeting in coming.Take(MaxMeetings))
        {
            var topic = (await proposals.FindAsync(meeting.ProposalId, ct))?.Problem ?? "";
            var when = MeetingAnnouncement.When(meeting, zone);
            var registered = meeting.RegisteredIds.Contains(memberId);
            var (entry, rank) = waits.GetValueOrDefault(MeetingQueues.Of(meeting.Id));
            var held = entry?.HoldUntilUtc is { } until && until > now ? until : (DateTime?)null;
            var line = MemberMeetingTexts.MeetingLine(when, meeting.Place, topic, MeetingTexts.PlacesLeft(meeting.PlacesLeft, meeting.Capacity), registered)
                + (held is { } heldUntil ? "\n" + MemberMeetingTexts.HeldLine(MeetingAnnouncement.At(heldUntil, zone))
                    : entry is not null ? "\n" + MemberMeetingTexts.WaitLine(rank) : "");
            blocks.Add(SectionBlock.Markdown(line, ActionFor(meeting, when, registered, held is not null, entry, onHome),
                blockId: CodevIds.MemberMeetingBlock(meeting.Id)));
            if (held is not null && entry is not null)
                blocks.Add(new ActionsBlock([WaitlistButtons.Leave(entry.Id, when, onHome)], CodevIds.MemberWaitBlock(meeting.Id)));
        }
        if (coming.Count > MaxMeetings) blocks.Add(ContextBlock.Markdown(MemberMeetingTexts.MoreMeetings(coming.Count - MaxMeetings)));
        await AddProposalsAsync(blocks, memberId, command, ct);
        return blocks;
    }

    /// <summary>What the member can do: leave, take the place held for them, register, leave the waiting list or join it.</summary>
    private static Button ActionFor(CodevMeeting meeting, string when, bool registered, bool held, WaitlistEntry? entry, bool onHome)
    {
        var value = meeting.Id.ToString(CultureInfo.InvariantCulture);
        if (registered)
            return new Button(onHome ? CodevIds.HomeUnregister : CodevIds.Unregister, MemberMeetingTexts.UnregisterButton, value,
                accessibilityLabel: MeetingTexts.UnregisterLabel(when));
        if (held || meeting.PlacesLeft > 0)
            return new Button(onHome ? CodevIds.HomeRegister : CodevIds.Register,
                held ? MemberMeetingTexts.TakeOfferButton : MemberMeetingTexts.RegisterButton, value, ButtonStyle.Primary,
                accessibilityLabel: MeetingTexts.RegisterLabel(when));
        return entry is not null ? WaitlistButtons.Leave(entry.Id, when, onHome) : WaitlistButtons.Join(meeting.Id, when, onHome);
    }

    /// <summary>The member's proposals, each with « Modifier » while nobody has voted for it.</summary>
    private async Task AddProposalsAsync(List<Block> blocks, string memberId, string command, CancellationToken ct)
    {
        var mine = await proposals.ByAuthorAsync(memberId, ct);
        blocks.Add(SectionBlock.Markdown(mine.Count == 0
            ? $"{MemberMeetingTexts.MyProposals}\n{MemberMeetingTexts.NoProposal(command)}"
            : MemberMeetingTexts.MyProposals));
        foreach (var proposal in mine.Take(MaxProposals))
            blocks.Add(SectionBlock.Markdown(MemberMeetingTexts.ProposalLine(proposal.Id, proposal.Problem, await StatusAsync(proposal, ct)),
                ProposalStore.Editable(proposal, memberId)
                    ? new Button(CodevIds.EditProposal, CodevTexts.EditButton, proposal.Id.ToString(CultureInfo.InvariantCulture),
                        accessibilityLabel: CodevTexts.EditLabel(proposal.Id))
                    : null,
                blockId: CodevIds.MemberProposalBlock(proposal.Id)));
    }

    private async Task<string> StatusAsync(CodevProposal proposal, CancellationToken ct) => proposal.Status switch
    {
        ProposalStatus.Open => MemberMeetingTexts.OpenStatus(proposal.Votes),
        ProposalStatus.Selected when proposal.MeetingId is { } id && await meetings.FindAsync(id, ct) is { } meeting =>
            MemberMeetingTexts.SelectedStatus(MeetingAnnouncement.When(meeting, zone)),
        _ => MemberMeetingTexts.ArchivedStatus,
    };
}
