using System.Text.Json.Nodes;

namespace Brigade.Slack.Tests.Support;

public static class Json
{
    /// <summary>The body of a response as a JSON object (fails the test when it is not one).</summary>
    public static async Task<JsonObject> ReadObjectAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())?.AsObject()
        ?? throw new Xunit.Sdk.XunitException("The body is not a JSON object.");
}
