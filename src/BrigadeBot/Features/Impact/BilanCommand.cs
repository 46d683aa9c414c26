using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using BrigadeBot.Features.Common;
using BrigadeBot.Scheduling;

namespace BrigadeBot.Features.Impact;

/// <summary><c>/brigade bilan [période]</c> (animators): the period's figures, with a button for the full report by DM.</summary>
public sealed class BilanCommand(ReportPeriods periods, ImpactReportBuilder reports, Animators animators, BrigadeTimeZone zone)
    : AnimatorCommand(animators)
{
    protected override async Task<CommandReply?> HandleForAnimatorAsync(SlashCommand command, CancellationToken ct)
    {
        var (period, error) = periods.Parse(command.Arguments);
        if (period is null) return CommandReply.Ephemeral(Mrkdwn.Escape(error!));
        return CommandReply.Ephemeral(ReportSummary.Build(await reports.BuildAsync(period, ct), FrenchDates.ZoneName(zone.Zone)));
    }
}
