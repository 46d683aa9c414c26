namespace BrigadeBot.Features.Impact;

/// <summary>What the member answered to the follow-up survey, validated.</summary>
public sealed record FollowUpForm(FollowUpShared Shared, bool ConcreteStep, FollowUpActivity MostHelpful, FollowUpStage Stage,
    string? Testimonial, FollowUpPublication Publication, string? FirstName);
