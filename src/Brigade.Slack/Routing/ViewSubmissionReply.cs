using System.Text.Json.Serialization;
using Brigade.Slack.BlockKit;

namespace Brigade.Slack.Routing;

/// <summary>The acknowledgement of a view submission (<c>response_action</c>).</summary>
public sealed record ViewSubmissionReply
{
    public string? ResponseAction { get; }
    public IReadOnlyDictionary<string, string>? Errors { get; }
    public ModalView? View { get; }

    private ViewSubmissionReply(string? action, IReadOnlyDictionary<string, string>? errors = null, ModalView? view = null)
    {
        ResponseAction = action;
        Errors = errors;
        View = view;
    }

    [JsonIgnore] public bool ClosesView => ResponseAction is null;

    /// <summary>Close the modal (empty body).</summary>
    public static ViewSubmissionReply Close() => new((string?)null);

    /// <summary>Keep the modal open and show messages under input blocks (keys are their block_ids).</summary>
    public static ViewSubmissionReply WithErrors(IReadOnlyDictionary<string, string> errors)
    {
        if (errors.Count == 0) throw new ArgumentException("At least one field error is needed.", nameof(errors));
        return new("errors", errors);
    }

    public static ViewSubmissionReply WithError(string blockId, string message) =>
        WithErrors(new Dictionary<string, string> { [blockId] = message });

    public static ViewSubmissionReply Update(ModalView view) => new("update", view: view);
    public static ViewSubmissionReply Push(ModalView view) => new("push", view: view);
    public static ViewSubmissionReply Clear() => new("clear");
}
