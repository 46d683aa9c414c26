using BrigadeBot.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BrigadeBot.Tests.Scheduling;

public sealed class BrigadeTimeZoneTests : IDisposable
{
    private static readonly TimeZoneInfo TorontoZone = TimeZoneInfo.FindSystemTimeZoneById("America/Toronto");
    private readonly BrigadeTimeZone toronto = new(TorontoZone, TimeProvider.System);
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void A_time_that_happens_twice_at_fall_back_is_the_first_one_in_daylight_time()
    {
        Assert.True(TorontoZone.IsAmbiguousTime(new DateTime(2026, 11, 1, 1, 30, 0)));

        var utc = toronto.ToUtc(new DateOnly(2026, 11, 1), new TimeOnly(1, 30));

        Assert.Equal(new DateTimeOffset(2026, 11, 1, 5, 30, 0, TimeSpan.Zero), utc);
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 1, 30, 0, TimeSpan.FromHours(-4)), toronto.ToLocal(utc));
    }

    [Fact]
    public void A_time_skipped_at_spring_forward_moves_forward_by_the_gap()
    {
        Assert.True(TorontoZone.IsInvalidTime(new DateTime(2026, 3, 8, 2, 30, 0)));

        var utc = toronto.ToUtc(new DateOnly(2026, 3, 8), new TimeOnly(2, 30));

        Assert.Equal(new DateTimeOffset(2026, 3, 8, 7, 30, 0, TimeSpan.Zero), utc);
        Assert.Equal(new DateTimeOffset(2026, 3, 8, 3, 30, 0, TimeSpan.FromHours(-4)), toronto.ToLocal(utc));
    }

    [Theory]
    [InlineData("2026-01-15", "10:00", "2026-01-15T15:00:00Z")]
    [InlineData("2026-07-01", "10:00", "2026-07-01T14:00:00Z")]
    [InlineData("2026-03-08", "01:59", "2026-03-08T06:59:00Z")]
    [InlineData("2026-03-08", "03:00", "2026-03-08T07:00:00Z")]
    [InlineData("2026-11-01", "00:59", "2026-11-01T04:59:00Z")]
    [InlineData("2026-11-01", "02:00", "2026-11-01T07:00:00Z")]
    public void Ordinary_times_convert_with_the_offset_in_force(string date, string time, string expectedUtc)
    {
        var utc = toronto.ToUtc(DateOnly.Parse(date), TimeOnly.Parse(time));
        Assert.Equal(DateTimeOffset.Parse(expectedUtc), utc);
        Assert.Equal(TimeSpan.Zero, utc.Offset);
    }

    [Fact]
    public void Now_and_today_follow_the_injected_clock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 3, 0, 0, TimeSpan.Zero));
        var zone = new BrigadeTimeZone(TorontoZone, clock);

        Assert.Equal(new DateTimeOffset(2025, 12, 31, 22, 0, 0, TimeSpan.FromHours(-5)), zone.Now);
        Assert.Equal(new DateOnly(2025, 12, 31), zone.Today);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("America/Toronto")]
    public void Unset_or_blank_means_toronto(string? configured)
    {
        var settings = configured is null ? null : new Dictionary<string, string?> { ["Brigade:TimeZone"] = configured };
        using var host = TestHost.Build(temp.DatabasePath, settings: settings);
        Assert.Equal("America/Toronto", host.Services.GetRequiredService<BrigadeTimeZone>().Zone.Id);
    }

    [Fact]
    public void Another_zone_is_used_as_configured()
    {
        using var host = TestHost.Build(temp.DatabasePath, settings: new Dictionary<string, string?> { ["Brigade:TimeZone"] = "America/Halifax" });
        Assert.Equal("America/Halifax", host.Services.GetRequiredService<BrigadeTimeZone>().Zone.Id);
    }

    [Fact]
    public async Task An_unknown_zone_stops_the_start_naming_the_key()
    {
        using var host = TestHost.Build(temp.DatabasePath, settings: new Dictionary<string, string?> { ["Brigade:TimeZone"] = "Mars/Olympus_Mons" });

        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

        Assert.Contains("Brigade:TimeZone", error.Message);
        Assert.Contains("Mars/Olympus_Mons", error.Message);
    }
}
