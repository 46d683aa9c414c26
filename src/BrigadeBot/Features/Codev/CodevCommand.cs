using Brigade.Slack;
using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;
using BrigadeBot.Features.Common.Privacy;
using BrigadeBot.Scheduling;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.Codev;

/// <summary>
/// <c>/brigade codev</c>: for members, the coming meetings with their registration buttons and their own proposals;
/// for animators, the form to schedule a meeting on an open proposal.
/// <c>/brigade codev liste</c> (animators): the meetings, who registered, and the buttons to edit, cancel, mark attendance,
/// close them and publish their sheet.
/// </summary>
public sealed class CodevCommand(ProposalStore proposals, MeetingStore meetings, Animators animators, ISlackApi slack,
    BrigadeTimeZone zone, IAccessAudit audit, MemberMeetings memberView, TimeProvider time, IOptions<SlackOptions> options)
    : ISlashCommandHandler
{
    public async Task<CommandReply?> HandleAsync(SlashCommand command, CancellationToken ct)
    {
        if (!animators.Contains(command.UserId))
            return CommandReply.Ephemeral(new SlackMessage(MemberMeetingTexts.Header, await memberView.BuildAsync(command.UserId, onHome: false, ct)));

        if (SubCommandText.Normalize(command.Arguments) == CodevIds.ListArgument)
        {
            var scheduled = await meetings.ScheduledAsync(ct);
            await audit.RecordAsync(command.UserId, AuditActions.Read, scheduled.SelectMany(m => m.RegisteredIds), ct);
            var waiting = await meetings.ClosedWithoutSheetAsync(ct);
            var topics = new Dictionary<int, CodevProposal?>();
            foreach (var id in scheduled.Concat(waiting).Select(m => m.ProposalId).Distinct())
                topics[id] = await proposals.FindAsync(id, ct);
            return CommandReply.Ephemeral(MeetingList.Build(scheduled, waiting, topics.GetValueOrDefault, zone, time.GetUtcNow().UtcDateTime, options.Value.Command));
        }

        var open = await proposals.OpenRankedAsync(ct);
        await slack.OpenViewAsync(command.TriggerId ?? "", MeetingModal.Build(open, new ReplyTarget(command.ChannelId, command.ResponseUrl)), ct);
        return null;
    }
}
