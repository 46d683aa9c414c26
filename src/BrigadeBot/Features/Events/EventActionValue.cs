using System.Globalization;
using Brigade.Slack.Payloads;

namespace BrigadeBot.Features.Events;

public static class EventActionValue
{
    /// <summary>The conference id a button carries in its value; <c>null</c> for anything else (a forged or stale payload).</summary>
    public static int? IdOf(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;

    public static int? IdOf(BlockAction action) => IdOf(action.Value);
}
