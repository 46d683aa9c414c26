using System.Text.Json.Nodes;

namespace Brigade.Slack.WebApi;

/// <summary>Receives every call the dry-run client would have sent (the app may show them somewhere).</summary>
public interface ISlackCallRecorder
{
    void Record(string method, JsonObject arguments, JsonObject response);
}
