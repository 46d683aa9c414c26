using System.Text.Json.Nodes;
using Brigade.Slack.Inbound;
using BrigadeBot.Sandbox.Workspace;

namespace BrigadeBot.Sandbox.Interaction;

public sealed partial class SandboxSlackClient
{
    /// <summary>
    /// A click or a pick on an element the bot sent: <c>block_actions</c> with the surface's full state.
    /// <c>false</c> when the surface or element is not there (the page was out of date) or the choice is not offered.
    /// </summary>
    public async Task<bool> ActAsync(SandboxPerson person, SurfaceRef surface, string blockId, string actionId, JsonNode? choice,
        JsonObject? fields, CancellationToken ct)
    {
        var trigger = Workspace.IssueTrigger(person.Id);
        JsonObject payload;
        if (surface.Kind == SurfaceRef.Message)
        {
            if (Workspace.FindMessage(surface.MessageKey ?? 0) is not { } message || !message.IsSeenBy(person.Id)) return false;
            if (ActionOf(message.Blocks, blockId, actionId, choice) is not { } action) return false;
            var url = Workspace.IssueResponseUrl(new ResponseTarget(person.Id, message.Channel, message.Key));
            payload = SandboxPayloads.BlockActionsOnMessage(person, trigger, message, Workspace.Directory.ChannelName(message.Channel),
                url, action, SandboxViewState.Build(message.Blocks, fields));
        }
        else
        {
            if (ViewOf(person, surface) is not { } view) return false;
            if (ActionOf(view.Definition["blocks"] as JsonArray, blockId, actionId, choice) is not { } action) return false;
            var state = SandboxViewState.Build(view.Definition["blocks"] as JsonArray, fields);
            if (surface.Kind == SurfaceRef.Modal) Workspace.RememberState(person.Id, view.Id, state);
            payload = SandboxPayloads.BlockActionsOnView(person, trigger, view, action, state);
        }
        await DispatchInteractionAsync(payload, ct);
        return true;
    }

    /// <summary>
    /// The modal's submit button: Slack's own checks first (the bot never hears of an empty required field), then
    /// <c>view_submission</c>; the acknowledgement closes, updates, pushes or shows errors under the fields.
    /// </summary>
    public async Task<bool> SubmitAsync(SandboxPerson person, string viewId, JsonObject? fields, CancellationToken ct)
    {
        if (Workspace.FindTopModal(person.Id, viewId) is not { } view) return false;
        var blocks = view.Definition["blocks"] as JsonArray;
        var state = SandboxViewState.Build(blocks, fields);
        var refused = SlackClientChecks.Validate(blocks, state);
        if (refused.Count > 0)
        {
            Workspace.ApplySubmissionAck(person.Id, viewId, ErrorsAck(refused), state);
            return true;
        }
        var ack = await DispatchInteractionAsync(
            SandboxPayloads.ViewSubmission(person, Workspace.IssueTrigger(person.Id), view, state), ct);
        Workspace.ApplySubmissionAck(person.Id, viewId, AckBody(ack), state);
        return true;
    }

    /// <summary>« Annuler » or Esc: the modal closes, and the bot hears of it if the view asked (notify_on_close).</summary>
    public async Task<bool> CloseAsync(SandboxPerson person, string viewId, JsonObject? fields, CancellationToken ct)
    {
        if (Workspace.FindTopModal(person.Id, viewId) is not { } view) return false;
        Workspace.CloseModal(person.Id, viewId);
        if (view.NotifiesOnClose)
            await DispatchInteractionAsync(
                SandboxPayloads.ViewClosed(person, view, SandboxViewState.Build(view.Definition["blocks"] as JsonArray, fields)), ct);
        return true;
    }

    /// <summary>Typing in an external select: <c>block_suggestion</c>; the options the bot returns, flattened.</summary>
    public async Task<IReadOnlyList<(string Text, string Value)>?> SuggestAsync(SandboxPerson person, SurfaceRef surface,
        string blockId, string actionId, string typed, CancellationToken ct)
    {
        var view = surface.Kind == SurfaceRef.Message ? null : ViewOf(person, surface);
        var blocks = surface.Kind == SurfaceRef.Message
            ? Workspace.FindMessage(surface.MessageKey ?? 0)?.Blocks
            : view?.Definition["blocks"] as JsonArray;
        if (SurfaceElements.Find(blocks, blockId, actionId) is not { Type: "external_select" } element) return null;
        var ack = await DispatchInteractionAsync(SandboxPayloads.BlockSuggestion(person, element, typed, view), ct);
        var body = AckBody(ack);
        var options = (body?["options"] as JsonArray ?? []).OfType<JsonObject>()
            .Concat((body?["option_groups"] as JsonArray ?? []).OfType<JsonObject>()
                .SelectMany(g => (g["options"] as JsonArray ?? []).OfType<JsonObject>()));
        return options.Select(o => (o["text"]?["text"]?.ToString() ?? "", SurfaceElements.Str(o, "value") ?? "")).ToArray();
    }

    private SandboxView? ViewOf(SandboxPerson person, SurfaceRef surface) => surface.Kind switch
    {
        SurfaceRef.Modal => Workspace.FindTopModal(person.Id, surface.ViewId ?? ""),
        SurfaceRef.Home => Workspace.Home(person.Id),
        _ => null,
    };

    private JsonObject? ActionOf(JsonArray? blocks, string blockId, string actionId, JsonNode? choice) =>
        SurfaceElements.Find(blocks, blockId, actionId) is { } element ? SandboxPayloads.Action(element, choice, Now) : null;

    private static JsonObject ErrorsAck(Dictionary<string, string> errors) => new()
    {
        ["response_action"] = "errors",
        ["errors"] = new JsonObject(errors.Select(e => KeyValuePair.Create(e.Key, (JsonNode?)e.Value))),
    };

    private static JsonObject? AckBody(SlackAck ack) =>
        ack.Json is { Length: > 0 } json ? JsonNode.Parse(json) as JsonObject : null;
}
