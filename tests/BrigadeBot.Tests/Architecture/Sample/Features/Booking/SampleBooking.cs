namespace BrigadeBot.Tests.Architecture.Sample.Features.Booking;

/// <summary>A feature's own type, used where the rules forbid it by the other sample types.</summary>
public sealed class SampleBooking
{
    public string Theme { get; init; } = "";
}
