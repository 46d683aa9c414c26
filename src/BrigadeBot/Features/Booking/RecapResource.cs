namespace BrigadeBot.Features.Booking;

/// <summary>A link of a recap: a safe http(s) address and the words typed before it, if any.</summary>
public sealed class RecapResource
{
    public string? Label { get; set; }
    public string Url { get; set; } = "";
}
