namespace BotBenchmark;

/// <summary>
/// Two builds measured alternately, run by run (A, B, A, B…), and their medians side by side: on a machine shared with
/// other work the load changes from minute to minute, and alternating spreads it over both builds.
/// </summary>
public static class Compare
{
    public static async Task<int> StartupAsync(string dllA, string dllB, int pairs)
    {
        var starts = new Dictionary<string, List<StartupProbe.Start>> { ["A"] = [], ["B"] = [] };
        for (var pair = 1; pair <= pairs; pair++)
            foreach (var (side, dll) in Sides(dllA, dllB))
            {
                if (await StartupProbe.MeasureAsync(dll) is not { } start)
                {
                    Console.Error.WriteLine($"{side}: the bot never became healthy");
                    return 1;
                }
                Console.WriteLine($"{side} {pair,3}  healthy {start.HealthyMs,5:F0} ms  cpu {start.CpuMs,5:F0} ms  rss {start.ResidentMiB,6:F1} MiB");
                starts[side].Add(start);
            }
        Console.WriteLine($"medians of {pairs} runs each:");
        foreach (var (side, dll) in Sides(dllA, dllB))
        {
            var s = starts[side];
            Console.WriteLine($"{side}  healthy {Statistics.Median(s.Select(x => x.HealthyMs)),5:F0} ms  cpu {Statistics.Median(s.Select(x => x.CpuMs)),5:F0} ms  rss {Statistics.Median(s.Select(x => x.ResidentMiB)),6:F1} MiB  {dll}");
        }
        return 0;
    }

    public static async Task<int> BurstAsync(string dllA, string dllB, int pairs, int members, int slots, int[] connectionCounts, int rounds)
    {
        var lines = new List<(string Side, BookingBurst.Line Line)>();
        var accounted = true;
        for (var pair = 1; pair <= pairs; pair++)
            foreach (var (side, dll) in Sides(dllA, dllB))
                foreach (var connections in connectionCounts)
                {
                    var run = await BookingBurst.MeasureAsync(dll, members, slots, connections, rounds);
                    accounted &= run.Accounted;
                    foreach (var l in run.Lines)
                    {
                        Console.WriteLine($"{side} {pair,3}  conn {l.Connections,2} round {l.Round}  p50 {l.P50,6:F1}  p99 {l.P99,6:F1} ms  {l.BookedPerSecond,4:F0}/s  writer {l.WriterUsPerBooking,5:F0} µs/booking  open p50 {l.OpenP50,5:F1} p99 {l.OpenP99,5:F1} ms  cpu bot {l.BotCpuUsPerBooking,5:F0} probe {l.ProbeCpuUsPerBooking,5:F0} µs/booking  wave 1 {l.FirstWaveMax,5:F1} ms  alloc {l.AllocatedKbPerBooking,4:F0} KB/booking  gc {l.Collections,2:F0}, paused {l.PauseMs,4:F1} ms{(run.Accounted ? "" : "  NOT ACCOUNTED FOR")}");
                        lines.Add((side, l));
                    }
                }
        Console.WriteLine($"medians of {pairs} runs each:");
        foreach (var group in lines.GroupBy(x => (x.Line.Connections, x.Line.Round)).OrderByDescending(g => g.Key.Connections).ThenBy(g => g.Key.Round))
            foreach (var (side, dll) in Sides(dllA, dllB))
            {
                var of = group.Where(x => x.Side == side).Select(x => x.Line).ToList();
                Console.WriteLine($"{side}  conn {group.Key.Connections,2} round {group.Key.Round}  p50 {Statistics.Median(of.Select(l => l.P50)),6:F1}  p90 {Statistics.Median(of.Select(l => l.P90)),6:F1}  p99 {Statistics.Median(of.Select(l => l.P99)),6:F1} ms  {Statistics.Median(of.Select(l => l.BookedPerSecond)),4:F0}/s  writer {Statistics.Median(of.Select(l => l.WriterUsPerBooking)),5:F0} µs/booking  open p50 {Statistics.Median(of.Select(l => l.OpenP50)),5:F1} p99 {Statistics.Median(of.Select(l => l.OpenP99)),5:F1} ms  cpu bot {Statistics.Median(of.Select(l => l.BotCpuUsPerBooking)),5:F0} probe {Statistics.Median(of.Select(l => l.ProbeCpuUsPerBooking)),5:F0} µs/booking  wave 1 {Statistics.Median(of.Select(l => l.FirstWaveMax)),5:F1} ms  alloc {Statistics.Median(of.Select(l => l.AllocatedKbPerBooking)),4:F0} KB/booking  gc {Statistics.Median(of.Select(l => l.Collections)),2:F0}, paused {Statistics.Median(of.Select(l => l.PauseMs)),4:F1} ms  {dll}");
            }
        return accounted ? 0 : 1;
    }

    private static IEnumerable<(string Side, string Dll)> Sides(string dllA, string dllB) => [("A", dllA), ("B", dllB)];
}
