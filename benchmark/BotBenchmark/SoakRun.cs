using System.Diagnostics;
using Brigade.Slack.Testing;
using LiteDB;

namespace BotBenchmark;

/// <summary>
/// Mixed traffic (<see cref="SoakTraffic.Moves"/>) at a steady rate for a long time: resident memory and open file
/// descriptors sampled from /proc, every response counted by status, and at the end (after a SIGKILL) every booking a
/// member was told about checked against the database.
/// </summary>
public static class SoakRun
{
    private const int Members = 150;
    private const int MaxInFlight = 32;
    private const string BotSetting = "SOAK_BOT_";

    public static async Task<int> RunAsync(string dll, TimeSpan duration, double movesPerSecond, TimeSpan sampleEvery)
    {
        await using var slack = await FakeSlackServer.StartAsync();
        var settings = new Dictionary<string, string>(SoakTraffic.Settings)
        {
            ["Slack__BotToken"] = FakeSlackServer.BotToken,
            ["Slack__ApiBaseUrl"] = slack.ApiBaseUrl,
            ["Slack__ResponseUrlPrefixes__0"] = slack.ResponseUrlPrefix,
            ["Slack__UploadUrlPrefixes__0"] = slack.UploadUrlPrefix,
        };
        // SOAK_BOT_Metrics__Enabled=true (any SOAK_BOT_<setting>) passes a setting to the bot.
        foreach (var (name, value) in Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
                     .Select(e => ((string)e.Key, (string?)e.Value ?? ""))
                     .Where(e => e.Item1.StartsWith(BotSetting, StringComparison.Ordinal)))
            settings[name[BotSetting.Length..]] = value;
        await using var bot = BotUnderTest.Start(dll, settings);
        if (!await bot.WaitHealthyAsync(TimeSpan.FromSeconds(60))) throw new InvalidOperationException("The bot did not start.");
        using var client = new HttpClient { BaseAddress = new Uri(bot.BaseUrl), Timeout = TimeSpan.FromSeconds(30) };
        var traffic = new SoakTraffic(client, new SlackRequestSigner(BotUnderTest.SigningSecret), slack, Members);
        await traffic.PublishSlotsAsync();

        var moves = traffic.Moves;
        var bag = moves.SelectMany(m => Enumerable.Repeat(m, m.Weight)).ToArray();
        var counts = moves.ToDictionary(m => m.Name, _ => 0);
        var failures = 0;
        var inFlight = 0;
        var skipped = 0;
        Console.WriteLine($"soak: {duration.TotalMinutes:F0} min, {movesPerSecond} moves/s, {Members} members; load average {LoadAverage()}; "
            + $"bot settings: {string.Join(' ', settings.Keys.Where(k => !k.StartsWith("Slack__", StringComparison.Ordinal)))}");
        var scrape = settings.GetValueOrDefault("Metrics__Enabled") == "true";
        Console.WriteLine($"{"minute",6} {"rss_MiB",8} {"fds",5} {"threads",7} {"moves",7} {"5xx",4}{(scrape ? " metrics_lines" : "")}");
        var samples = new List<(double Rss, int Fds)>();
        async Task SampleAsync(TimeSpan at)
        {
            var (rss, fds, threads) = (bot.ResidentMiB(), OpenFiles(bot.ProcessId), Threads(bot.ProcessId));
            samples.Add((rss, fds));
            // With metrics on, the scrape's size shows whether label sets pile up.
            var lines = scrape ? $" {(await client.GetStringAsync("/metrics")).Split('\n').Length,13}" : "";
            Console.WriteLine($"{at.TotalMinutes,6:F1} {rss,8:F1} {fds,5} {threads,7} {counts.Values.Sum(),7} {FiveXx(traffic),4}{lines}");
        }

        var clock = Stopwatch.StartNew();
        await SampleAsync(TimeSpan.Zero);
        var nextSample = sampleEvery;
        var running = new List<Task>();
        using var ticker = new PeriodicTimer(TimeSpan.FromSeconds(1 / movesPerSecond));
        while (clock.Elapsed < duration && await ticker.WaitForNextTickAsync())
        {
            if (clock.Elapsed >= nextSample)
            {
                await SampleAsync(clock.Elapsed);
                nextSample += sampleEvery;
            }
            if (Volatile.Read(ref inFlight) >= MaxInFlight)
            {
                skipped++; // the bot is falling behind: say so rather than pile up requests
                continue;
            }
            var (name, _, move) = bag[Random.Shared.Next(bag.Length)];
            counts[name]++;
            Interlocked.Increment(ref inFlight);
            running.Add(Task.Run(async () =>
            {
                try { await move(); }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or InvalidOperationException)
                {
                    Interlocked.Increment(ref failures);
                    Console.Error.WriteLine($"  {name} failed: {ex.Message}");
                }
                finally { Interlocked.Decrement(ref inFlight); }
            }));
            running.RemoveAll(t => t.IsCompleted);
        }
        await Task.WhenAll(running);
        await Task.Delay(TimeSpan.FromSeconds(3)); // let the follow-ups of the last clicks finish before the kill
        await SampleAsync(clock.Elapsed);

        await bot.KillAsync();
        var (stored, cancelled) = CountBookings(bot.DatabasePath);
        var accounted = stored == traffic.Confirmed - traffic.Cancelled && cancelled == traffic.Cancelled;
        Console.WriteLine($"moves: {string.Join(", ", counts.Select(c => $"{c.Key}={c.Value}"))}; skipped (bot behind) {skipped}; client failures {failures}");
        Console.WriteLine($"responses by status: {string.Join(", ", traffic.Statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}={s.Value}"))}");
        Console.WriteLine($"bookings: confirmed {traffic.Confirmed}, refused {traffic.Refused}, cancelled {traffic.Cancelled}; "
            + $"stored confirmed {stored}, stored cancelled {cancelled}: {(accounted ? "all accounted for" : "NOT ACCOUNTED FOR")}; votes {traffic.Votes}");
        Console.WriteLine($"resident memory {samples[0].Rss:F1} -> {samples[^1].Rss:F1} MiB (max {samples.Max(s => s.Rss):F1}); "
            + $"open fds {samples[0].Fds} -> {samples[^1].Fds} (max {samples.Max(s => s.Fds)}); 5xx {FiveXx(traffic)}; load average {LoadAverage()}");
        return accounted && FiveXx(traffic) == 0 && failures == 0 ? 0 : 1;
    }

    private static int FiveXx(SoakTraffic traffic) => traffic.Statuses.Where(s => s.Key.StartsWith('5')).Sum(s => s.Value);

    private static int OpenFiles(int pid) => Directory.GetFileSystemEntries($"/proc/{pid}/fd").Length;

    private static string Threads(int pid) =>
        File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("Threads:", StringComparison.Ordinal)).Split('\t', ' ').Last();

    private static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    private static (long Confirmed, long Cancelled) CountBookings(string path)
    {
        using var db = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct });
        var bookings = db.GetCollection("bookings");
        return (bookings.Count(Query.EQ("Status", "Confirmed")), bookings.Count(Query.EQ("Status", "Cancelled")));
    }
}
