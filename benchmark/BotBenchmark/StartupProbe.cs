using System.Diagnostics;

namespace BotBenchmark;

/// <summary>
/// Time from process start to the first 200 from <c>/health</c>, and resident memory 3 s after the start, with no
/// traffic: what an always-on bot costs at rest. Several runs, each on a fresh database. The CPU time used until healthy
/// is printed too: on a machine shared with other work the wall-clock time says as much about the neighbours.
/// </summary>
public static class StartupProbe
{
    public static async Task<int> RunAsync(string dll, int runs)
    {
        Console.WriteLine($"{"run",-4} {"healthy_ms",11} {"cpu_ms",7} {"rss_3s_MiB",11}");
        var healthy = new List<double>();
        var cpu = new List<double>();
        var resident = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            var clock = Stopwatch.StartNew();
            await using var bot = BotUnderTest.Start(dll);
            if (!await bot.WaitHealthyAsync(TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(1)))
            {
                Console.Error.WriteLine("the bot never became healthy");
                return 1;
            }
            var toHealthy = clock.Elapsed.TotalMilliseconds;
            var cpuUsed = bot.CpuMilliseconds();
            var rest = TimeSpan.FromSeconds(3) - clock.Elapsed;
            if (rest > TimeSpan.Zero) await Task.Delay(rest);
            var rss = bot.ResidentMiB();
            Console.WriteLine($"{run,-4} {toHealthy,11:F0} {cpuUsed,7:F0} {rss,11:F1}");
            healthy.Add(toHealthy);
            cpu.Add(cpuUsed);
            resident.Add(rss);
        }
        Console.WriteLine($"median: start to healthy {Median(healthy):F0} ms ({Median(cpu):F0} ms of CPU), resident memory 3 s after start {Median(resident):F1} MiB");
        return 0;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
