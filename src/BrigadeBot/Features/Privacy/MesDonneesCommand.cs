using Brigade.Slack.BlockKit;
using Brigade.Slack.FollowUp;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using BrigadeBot.Features.Common.Privacy;
using BrigadeBot.Limits;

namespace BrigadeBot.Features.Privacy;

/// <summary>
/// <c>/brigade mes-donnees</c>: an ephemeral French summary now, the full JSON export in the member's DM after the ack.
/// An animator may name another member (a request received by mail): the export goes to the animator's DM and the
/// access is written in the audit.
/// </summary>
public sealed class MesDonneesCommand(MemberData data, SubjectResolver subjects, AuditStore audit, SlackFollowUpQueue followUp,
    MemberLimits limits)
    : ISlashCommandHandler
{
    public async Task<CommandReply?> HandleAsync(SlashCommand command, CancellationToken ct)
    {
        var (subject, refusal) = subjects.Resolve(command);
        if (subject is null) return CommandReply.Ephemeral(refusal!);
        var requester = command.UserId;
        if (limits.TryTake(PrivacyIds.ExportLimit, requester) is { } wait) return CommandReply.Ephemeral(wait);
        var export = await data.ExportAsync(subject, ct);
        if (subject != requester) await audit.RecordAsync(requester, AuditActions.Export, [subject], ct);
        followUp.Enqueue("privacy export", async (services, token) =>
        {
            if (!await services.GetRequiredService<ExportDelivery>().SendAsync(requester, export, token))
                await services.GetRequiredService<Brigade.Slack.WebApi.SlackMessenger>().ReplyEphemeralAsync(command.ResponseUrl,
                    command.ChannelId, requester, new SlackMessage(PrivacyTexts.ExportFailed), false, token);
        });
        var counts = export.Root.Select(p => p.Key).ToDictionary(s => s, export.Count);
        var category = export.Root["profile"]?["category"]?.GetValue<string>();
        return CommandReply.Ephemeral(PrivacyTexts.Summary(counts, category, subject == requester));
    }
}
