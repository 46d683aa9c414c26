namespace BrigadeBot.Features.Impact;

/// <summary>The Brigade activity that helped a member most. Stored by name: never rename a member.</summary>
public enum FollowUpActivity { Accompaniments, Conferences, Codevelopment, Sheets, Watch, SlackCommunity }
