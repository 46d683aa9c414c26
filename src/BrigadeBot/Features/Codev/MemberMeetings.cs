using System.Globalization;
using Brigade.Slack.BlockKit;
using BrigadeBot.Scheduling;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.Codev;

/// <summary>
/// Codevelopment as a member sees it (<c>/brigade codev</c>, the App Home, the follow-up DM): the coming meetings with
/// their topic, date, place, places left and « M'inscrire » / « Me désinscrire », then the member's own proposals.
/// </summary>
public sealed class MemberMeetings(MeetingStore meetings, ProposalStore proposals, BrigadeTimeZone zone, TimeProvider time,
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
        foreach (var meeting in coming.Take(MaxMeetings))
        {
            var topic = (await proposals.FindAsync(meeting.ProposalId, ct))?.Problem ?? "";
            var when = MeetingAnnouncement.When(meeting, zone);
            var registered = meeting.RegisteredIds.Contains(memberId);
            var value = meeting.Id.ToString(CultureInfo.InvariantCulture);
            var button = registered
                ? new Button(onHome ? CodevIds.HomeUnregister : CodevIds.Unregister, MemberMeetingTexts.UnregisterButton, value,
                    accessibilityLabel: MeetingTexts.UnregisterLabel(when))
                : meeting.PlacesLeft > 0
                    ? new Button(onHome ? CodevIds.HomeRegister : CodevIds.Register, MemberMeetingTexts.RegisterButton, value, ButtonStyle.Primary,
                        accessibilityLabel: MeetingTexts.RegisterLabel(when))
                    : null;
            blocks.Add(SectionBlock.Markdown(
                MemberMeetingTexts.MeetingLine(when, meeting.Place, topic, MeetingTexts.PlacesLeft(meeting.PlacesLeft, meeting.Capacity), registered),
                button, blockId: CodevIds.MemberMeetingBlock(meeting.Id)));
        }
        if (coming.Count > MaxMeetings) blocks.Add(ContextBlock.Markdown(MemberMeetingTexts.MoreMeetings(coming.Count - MaxMeetings)));
        await AddProposalsAsync(blocks, memberId, command, ct);
        return blocks;
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
