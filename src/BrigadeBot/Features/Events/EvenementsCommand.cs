using Brigade.Slack;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using BrigadeBot.Features.Common;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.Events;

/// <summary>
/// <c>/brigade evenements</c>: the coming conferences, each with the member's own button; an animator also gets
/// « Modifier », « Annuler » and « Présences », and the recent ones whose attendance is to mark.
/// </summary>
public sealed class EvenementsCommand(EventStore events, EventList list, Animators animators, TimeProvider time,
    IOptions<SlackOptions> options) : ISlashCommandHandler
{
    public static readonly TimeSpan AttendanceWindow = TimeSpan.FromDays(30);

    public async Task<CommandReply?> HandleAsync(SlashCommand command, CancellationToken ct)
    {
        var coming = await events.ComingAsync(ct);
        var animator = animators.Contains(command.UserId);
        var past = animator ? await events.StartedSinceAsync(time.GetUtcNow().UtcDateTime - AttendanceWindow, ct) : [];
        return CommandReply.Ephemeral(list.Build(coming, past, command.UserId, animator, options.Value.Command));
    }
}
