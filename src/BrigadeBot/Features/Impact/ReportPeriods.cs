using BrigadeBot.Scheduling;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.Impact;

/// <summary>Reads a typed period against today and the configured start of the program year.</summary>
public sealed class ReportPeriods(BrigadeTimeZone zone, IOptionsMonitor<ImpactOptions> options)
{
    public (ReportPeriod? Period, string? Error) Parse(string? text)
    {
        MonthDay.TryParse(options.CurrentValue.YearStart, out var start); // validated at start
        return ReportPeriodParser.Parse(text, zone.Today, start);
    }
}
