using System.Collections;

namespace Brigade.Slack.Diagnostics;

/// <summary>The log scope of one Slack request: a <c>SlackRequestId</c> property for structured output, readable text otherwise.</summary>
internal sealed class SlackRequestScope(string id) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public KeyValuePair<string, object?> this[int index] =>
        index == 0 ? new(SlackRequestId.LogKey, id) : throw new ArgumentOutOfRangeException(nameof(index));

    public int Count => 1;

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        yield return this[0];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"{SlackRequestId.LogKey}:{id}";
}
