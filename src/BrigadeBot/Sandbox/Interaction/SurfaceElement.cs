using System.Text.Json.Nodes;

namespace BrigadeBot.Sandbox.Interaction;

/// <summary>An interactive element of a surface, with the block it stands in.</summary>
public sealed record SurfaceElement(string BlockId, JsonObject Block, JsonObject Element)
{
    public string Type => SurfaceElements.Str(Element, "type") ?? "";
    public string ActionId => SurfaceElements.Str(Element, "action_id") ?? "";
}
