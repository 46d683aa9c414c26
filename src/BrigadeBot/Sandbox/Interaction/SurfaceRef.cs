namespace BrigadeBot.Sandbox.Interaction;

/// <summary>Where on the page a person acted: a message (by its key), their modal on top, or their App Home.</summary>
public sealed record SurfaceRef(string Kind, long? MessageKey = null, string? ViewId = null)
{
    public const string Message = "message";
    public const string Modal = "modal";
    public const string Home = "home";
}
