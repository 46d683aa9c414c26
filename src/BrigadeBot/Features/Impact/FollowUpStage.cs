namespace BrigadeBot.Features.Impact;

/// <summary>Where a member stands with digital tools (appropriation stages). Stored by name: never rename a member.</summary>
public enum FollowUpStage { Discovery, Operational, Advanced }
