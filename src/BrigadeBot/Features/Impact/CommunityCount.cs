using LiteDB;

namespace BrigadeBot.Features.Impact;

/// <summary>The size of the Slack community on one day: counts only, no names.</summary>
public sealed class CommunityCount
{
    /// <summary>The day in the Brigade time zone.</summary>
    [BsonId] public DateTime Day { get; set; }
    /// <summary>People (not bots, not deactivated accounts, not Slackbot) who are not workspace admins or owners.</summary>
    public int Members { get; set; }
    public int Admins { get; set; }
}
