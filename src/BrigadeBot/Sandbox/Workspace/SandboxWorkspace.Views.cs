using System.Text.Json.Nodes;

namespace BrigadeBot.Sandbox.Workspace;

public sealed partial class SandboxWorkspace
{
    /// <summary>Slack keeps at most three views in a modal stack.</summary>
    public const int MaxStack = 3;

    /// <summary>Keeps what the person has typed so far, so that a views.update redraws the modal with it.</summary>
    public void RememberState(string userId, string viewId, JsonObject values)
    {
        lock (gate)
            if (TopModal(userId) is { } top && top.Id == viewId)
                top.StateValues = (JsonObject)values.DeepClone();
    }

    /// <summary>Applies the bot's answer to a submission: close, show field errors, update, push or clear.</summary>
    public void ApplySubmissionAck(string userId, string viewId, JsonObject? ack, JsonObject submitted)
    {
        lock (gate)
        {
            if (TopModal(userId) is not { } top || top.Id != viewId) return;
            var stack = modals[userId];
            switch (ack?["response_action"]?.GetValue<string>())
            {
                case "errors":
                    top.StateValues = (JsonObject)submitted.DeepClone();
                    top.Errors = (ack["errors"] as JsonObject ?? [])
                        .ToDictionary(e => e.Key, e => e.Value?.ToString() ?? "", StringComparer.Ordinal);
                    top.Revision++;
                    break;
                case "update" when ack["view"] is JsonObject view:
                    top.Definition = (JsonObject)view.DeepClone();
                    top.Errors = [];
                    top.StateValues = null;
                    top.Revision++;
                    break;
                case "push" when ack["view"] is JsonObject view && stack.Count < MaxStack:
                    top.StateValues = (JsonObject)submitted.DeepClone();
                    stack.Add(NewView(userId, $"VSB{++sequence:D8}", view, top));
                    break;
                case "clear":
                    stack.Clear();
                    break;
                default:
                    stack.RemoveAt(stack.Count - 1);
                    break;
            }
            version++;
        }
    }

    /// <summary>The person closed the modal on top of their stack (« Annuler »); the one below shows again.</summary>
    public void CloseModal(string userId, string viewId)
    {
        lock (gate)
        {
            if (TopModal(userId) is not { } top || top.Id != viewId) return;
            modals[userId].RemoveAt(modals[userId].Count - 1);
            version++;
        }
    }

    private void OpenModal(string userId, string viewId, JsonObject definition)
    {
        modals[userId] = [NewView(userId, viewId, definition, null)];
        version++;
    }

    private void PushModal(string userId, string viewId, JsonObject definition)
    {
        if (!modals.TryGetValue(userId, out var stack) || stack.Count == 0 || stack.Count >= MaxStack) return;
        stack.Add(NewView(userId, viewId, definition, stack[^1]));
        version++;
    }

    /// <summary>views.update: the modal or Home view with this id (or external_id) takes the new definition.</summary>
    private void UpdateView(string? viewId, string? externalId, JsonObject definition)
    {
        var view = modals.Values.SelectMany(s => s).Concat(homes.Values)
            .FirstOrDefault(v => (viewId is not null && v.Id == viewId) || (externalId is not null && v.ExternalId == externalId));
        if (view is null) return;
        view.Definition = definition;
        view.Errors = [];
        view.Revision++;
        version++;
    }

    private void PublishHome(string userId, string viewId, JsonObject definition)
    {
        if (homes.TryGetValue(userId, out var home))
        {
            home.Definition = definition;
            home.Revision++;
        }
        else
        {
            homes[userId] = NewView(userId, viewId, definition, null);
        }
        version++;
    }

    private static SandboxView NewView(string userId, string viewId, JsonObject definition, SandboxView? below) => new()
    {
        Id = viewId, UserId = userId, Definition = definition, RootId = below?.RootId ?? below?.Id, PreviousId = below?.Id,
    };
}
