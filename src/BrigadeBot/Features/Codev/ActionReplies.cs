using System.Globalization;
using Brigade.Slack.Payloads;

namespace BrigadeBot.Features.Codev;

public static class ActionReplies
{
    /// <summary>The id a button carries in its value; <c>null</c> for anything else (a forged or stale payload).</summary>
    public static int? IdOf(BlockAction action) =>
        int.TryParse(action.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;
}
