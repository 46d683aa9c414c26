using System.Globalization;

namespace BotBenchmark;

/// <summary>
/// What the bot's <c>/metrics</c> says of the writer and of its collector, summed over their series (loopback needs no
/// token): the writer's time in committed changes (<c>brigade.storage.write.duration</c>), the bytes allocated, the
/// collections of every generation and the time the process was paused for them (the runtime's own meter).
/// </summary>
public sealed record BotMetrics(double WriterSeconds, double AllocatedBytes, double Collections, double PauseSeconds)
{
    public static async Task<BotMetrics> ReadAsync(HttpClient client)
    {
        var lines = (await client.GetStringAsync("/metrics")).Split('\n');
        double Sum(string name, string? label = null) => lines
            .Where(l => l.StartsWith(name + "{", StringComparison.Ordinal) && (label is null || l.Contains(label, StringComparison.Ordinal)))
            .Sum(l => double.Parse(l[(l.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
        return new BotMetrics(Sum("brigade_storage_write_duration_seconds_sum", "outcome=\"committed\""),
            Sum("dotnet_gc_heap_total_allocated_bytes_total"), Sum("dotnet_gc_collections_total"), Sum("dotnet_gc_pause_time_seconds_total"));
    }

    public static BotMetrics operator -(BotMetrics after, BotMetrics before) => new(after.WriterSeconds - before.WriterSeconds,
        after.AllocatedBytes - before.AllocatedBytes, after.Collections - before.Collections, after.PauseSeconds - before.PauseSeconds);
}
