using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;

namespace BrigadeBot.Features.Common;

/// <summary>A sub-command only animators may run (listed with <see cref="Animators.Audience"/>); anyone else gets the polite refusal.</summary>
public abstract class AnimatorCommand(Animators animators) : ISlashCommandHandler
{
    public Task<CommandReply?> HandleAsync(SlashCommand command, CancellationToken ct) =>
        animators.Contains(command.UserId)
            ? HandleForAnimatorAsync(command, ct)
            : Task.FromResult<CommandReply?>(CommandReply.Ephemeral(CommonTexts.AnimatorsOnly));

    protected abstract Task<CommandReply?> HandleForAnimatorAsync(SlashCommand command, CancellationToken ct);
}
