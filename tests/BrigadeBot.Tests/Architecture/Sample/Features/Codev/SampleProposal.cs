using BrigadeBot.Tests.Architecture.Sample.Features.Booking;
using BrigadeBot.Tests.Architecture.Sample.Features.Common;

namespace BrigadeBot.Tests.Architecture.Sample.Features.Codev;

/// <summary>Reaches into another feature only inside an async lambda: the rules must still see it.</summary>
public sealed class SampleProposal : ISampleContract
{
    public string Describe() => Later().Result;

    private static Func<Task<string>> Later => async () =>
    {
        await Task.Yield();
        return new SampleBooking { Theme = "infolettre" }.Theme;
    };
}
