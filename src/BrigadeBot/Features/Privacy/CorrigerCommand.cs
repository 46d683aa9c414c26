using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common.Members;
using BrigadeBot.Features.Common.Privacy;

namespace BrigadeBot.Features.Privacy;

/// <summary><c>/brigade corriger</c>: opens the correction modal with the member's category and the lists the features contribute.</summary>
public sealed class CorrigerCommand(MemberProfileStore profiles, IEnumerable<IPersonalDataCorrection> corrections, ISlackApi slack)
    : ISlashCommandHandler
{
    public async Task<CommandReply?> HandleAsync(SlashCommand command, CancellationToken ct)
    {
        var member = command.UserId;
        var lists = new List<CorrectionList>();
        foreach (var correction in corrections) lists.Add(new CorrectionList(correction, await correction.ChoicesAsync(member, ct)));
        await slack.OpenViewAsync(command.TriggerId ?? "", CorrectionModal.Build((await profiles.FindAsync(member, ct))?.Category, lists), ct);
        return null;
    }
}
