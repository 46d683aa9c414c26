namespace BrigadeBot.Features.Common.Members;

/// <summary>One optional purpose a member may consent to, with its French wording (option text ≤ 75 characters).</summary>
public sealed record ConsentPurpose(string Id, string Title, string Option, string Description);
