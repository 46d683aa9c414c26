namespace BrigadeBot.Features.Impact;

/// <summary>With how many people a member shared what they learned (the follow-up survey's first question).</summary>
public enum FollowUpShared { Nobody, OneToThree, ThreeToFive, FiveOrMore }
