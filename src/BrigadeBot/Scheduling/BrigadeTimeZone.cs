namespace BrigadeBot.Scheduling;

/// <summary>
/// The zone (<c>Brigade:TimeZone</c>) in which every date is shown to members and every wall-clock time is scheduled.
/// We store UTC and convert only here. "Now" comes from the injected <see cref="TimeProvider"/>, the app's one clock.
/// </summary>
public sealed class BrigadeTimeZone(TimeZoneInfo zone, TimeProvider time)
{
    public TimeZoneInfo Zone { get; } = zone;

    /// <summary>The current instant, in the Brigade zone.</summary>
    public DateTimeOffset Now => ToLocal(time.GetUtcNow());

    /// <summary>Today's date in the Brigade zone.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    /// <summary>The same instant, with the Brigade zone's offset.</summary>
    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>
    /// The UTC instant of a wall-clock date and time in the Brigade zone. Around a DST change:
    /// <list type="bullet">
    /// <item>a time that happens twice (fall back, 01:30 on the first Sunday of November) is the first one, still in
    /// daylight time: a session or a reminder is then never late, and the second 01:30 is only an hour away;</item>
    /// <item>a time that does not exist (spring forward, 02:30 on the second Sunday of March) moves forward by the
    /// length of the gap (03:30 daylight time), as calendar apps do, rather than being refused.</item>
    /// </list>
    /// </summary>
    public DateTimeOffset ToUtc(DateOnly date, TimeOnly timeOfDay)
    {
        var wallClock = date.ToDateTime(timeOfDay, DateTimeKind.Unspecified);
        TimeSpan offset;
        if (Zone.IsAmbiguousTime(wallClock))
            offset = Zone.GetAmbiguousTimeOffsets(wallClock).Max(); // the larger offset is the earlier instant
        else if (Zone.IsInvalidTime(wallClock))
            offset = OffsetBeforeGap(wallClock);
        else
            offset = Zone.GetUtcOffset(wallClock);
        return new DateTimeOffset(wallClock - offset, TimeSpan.Zero);
    }

    // Read with the offset in force before the gap, the wall-clock time lands after it, shifted by the gap's length.
    // A day earlier is before the change; zones do not change their offset twice within a day.
    private TimeSpan OffsetBeforeGap(DateTime wallClock) => Zone.GetUtcOffset(wallClock.AddDays(-1));
}
