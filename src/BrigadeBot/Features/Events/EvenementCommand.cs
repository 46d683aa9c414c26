using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;
using BrigadeBot.Scheduling;

namespace BrigadeBot.Features.Events;

/// <summary><c>/brigade evenement</c> (animators): the form to announce a conference.</summary>
public sealed class EvenementCommand(Animators animators, ThemeCatalog themes, ISlackApi slack, BrigadeTimeZone zone)
    : AnimatorCommand(animators)
{
    protected override async Task<CommandReply?> HandleForAnimatorAsync(SlashCommand command, CancellationToken ct)
    {
        await slack.OpenViewAsync(command.TriggerId ?? "", EventModal.Build(themes.All, new ReplyTarget(command.ChannelId, command.ResponseUrl), zone), ct);
        return null;
    }
}
