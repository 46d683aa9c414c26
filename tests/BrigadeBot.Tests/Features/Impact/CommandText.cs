using BrigadeBot.Tests.Features.Booking;

namespace BrigadeBot.Tests.Features.Impact;

public static class CommandText
{
    /// <summary>Runs a sub-command and returns its ephemeral answer as readable JSON text (accents not escaped).</summary>
    public static async Task<string> CommandTextAsync(this BrigadeHost host, string text, string userId) =>
        BookingFlow.Readable(await (await host.CommandAsync(text, userId)).Content.ReadAsStringAsync());
}
