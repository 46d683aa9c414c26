using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common.Members;

namespace BrigadeBot.Features.Privacy;

/// <summary><c>/brigade consentements</c>: opens the modal with the member's current choice for each purpose.</summary>
public sealed class ConsentementsCommand(Consents consents, ISlackApi slack) : ISlashCommandHandler
{
    public async Task<CommandReply?> HandleAsync(SlashCommand command, CancellationToken ct)
    {
        await slack.OpenViewAsync(command.TriggerId ?? "", ConsentModal.Build(await consents.CurrentAsync(command.UserId, ct)), ct);
        return null;
    }
}
