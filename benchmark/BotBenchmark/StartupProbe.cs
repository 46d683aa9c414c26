using System.Diagnostics;

namespace BotBenchmark;

/// <summary>
/// Time from process start to the first 200 from <c>/health</c>, and resident memory 3 s after the start, with no
/// traffic: what an always-on bot costs at rest. Several runs, each on a fresh database, or (<c>restart</c>) each on the
/// database a previous start created and left, as a deployment restarts the bot. The CPU time used until healthy is
/// printed too: on a machine shared with other work the wall-clock time says as much about the neighbours.
/// </summary>
public static class StartupProbe
{
    public sealed record Start(double HealthyMs, double CpuMs, double ResidentMiB);

    public static async Task<int> RunAsync(string dll, int runs, bool restart = false)
    {
        Console.WriteLine(restart ? "each run restarts the bot on the database of a previous start" : "each run starts the bot on a new database");
        Console.WriteLine($"{"run",-4} {"healthy_ms",11} {"cpu_ms",7} {"rss_3s_MiB",11}");
        var starts = new List<Start>();
        for (var run = 1; run <= runs; run++)
        {
            if (await MeasureAsync(dll, restart) is not { } start)
            {
                Console.Error.WriteLine("the bot never became healthy");
                return 1;
            }
            Console.WriteLine($"{run,-4} {start.HealthyMs,11:F0} {start.CpuMs,7:F0} {start.ResidentMiB,11:F1}");
            starts.Add(start);
        }
        Console.WriteLine($"median: start to healthy {Statistics.Median(starts.Select(s => s.HealthyMs)):F0} ms ({Statistics.Median(starts.Select(s => s.CpuMs)):F0} ms of CPU), resident memory 3 s after start {Statistics.Median(starts.Select(s => s.ResidentMiB)):F1} MiB");
        return 0;
    }

    /// <summary>One start on a fresh database, or on one a first start left; null if the bot never became healthy.</summary>
    public static async Task<Start?> MeasureAsync(string dll, bool restart = false)
    {
        if (!restart) return await MeasureStartAsync(dll, folder: null);
        var folder = Directory.CreateTempSubdirectory("brigade-bench-").FullName;
        try
        {
            await using (var first = BotUnderTest.Start(dll, folder: folder))
            {
                if (!await first.WaitHealthyAsync(TimeSpan.FromSeconds(30))) return null;
                await first.StopAsync();
            }
            return await MeasureStartAsync(dll, folder);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<Start?> MeasureStartAsync(string dll, string? folder)
    {
        var clock = Stopwatch.StartNew();
        await using var bot = BotUnderTest.Start(dll, folder: folder);
        if (!await bot.WaitHealthyAsync(TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(1))) return null;
        var toHealthy = clock.Elapsed.TotalMilliseconds;
        var cpuUsed = bot.CpuMilliseconds();
        var rest = TimeSpan.FromSeconds(3) - clock.Elapsed;
        if (rest > TimeSpan.Zero) await Task.Delay(rest);
        return new Start(toHealthy, cpuUsed, bot.ResidentMiB());
    }
}
