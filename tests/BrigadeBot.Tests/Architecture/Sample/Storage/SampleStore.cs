using BrigadeBot.Storage;
using BrigadeBot.Tests.Architecture.Sample.Features.Booking;

namespace BrigadeBot.Tests.Architecture.Sample.Storage;

/// <summary>A storage type that knows a feature (only through a generic argument) and an app assembly type.</summary>
public sealed class SampleStore(BrigadeDatabase? database)
{
    public bool IsOpen => database is not null;

    public int Count() => new List<SampleBooking>().Count;
}
