namespace BrigadeBot.Features.Codev;

/// <summary>Codevelopment's waiting lists: one per full meeting; a freed place of the meeting is named like its list.</summary>
public static class MeetingQueues
{
    public const string Owner = "codev";

    public static string Of(int meetingId) => "meeting:" + meetingId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The meeting a list or place names; <c>null</c> for anything else.</summary>
    public static int? MeetingOf(string queueOrPlace) =>
        queueOrPlace.StartsWith("meeting:", StringComparison.Ordinal)
        && int.TryParse(queueOrPlace.AsSpan(8), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? id
            : null;
}
