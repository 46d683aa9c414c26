using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;

namespace BrigadeBot.Features.Privacy;

/// <summary><c>/brigade oublier</c>: opens the confirmation modal that says what will happen. Nothing is erased yet.</summary>
public sealed class OublierCommand(MemberData data, SubjectResolver subjects, ISlackApi slack, TimeProvider time) : ISlashCommandHandler
{
    public async Task<CommandReply?> HandleAsync(SlashCommand command, CancellationToken ct)
    {
        var (subject, refusal) = subjects.Resolve(command);
        if (subject is null) return CommandReply.Ephemeral(refusal!);
        var preview = ErasurePreview.From(await data.ExportAsync(subject, ct), time.GetUtcNow());
        await slack.OpenViewAsync(command.TriggerId ?? "", ErasureModal.Build(subject, subject == command.UserId, preview), ct);
        return null;
    }
}
