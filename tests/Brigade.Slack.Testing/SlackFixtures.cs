using System.Text.Json;
using System.Text.Json.Nodes;

namespace Brigade.Slack.Testing;

/// <summary>Real Slack payloads (copied from the shared fixture set) to test against.</summary>
public static class SlackFixtures
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string Text(string name) => File.ReadAllText(Path.Combine(Folder, name));

    public static JsonObject Json(string name) => JsonNode.Parse(Text(name))!.AsObject();

    public static JsonElement Element(string name) => JsonDocument.Parse(Text(name)).RootElement.Clone();

    public static IEnumerable<string> Names(string prefix) =>
        Directory.EnumerateFiles(Folder, prefix + "*").Select(Path.GetFileName).OfType<string>().Order();

    /// <summary>The signed example from Slack's docs (slash_command_signed.txt).</summary>
    public static class SignedExample
    {
        public const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
        public const string Timestamp = "1531420618";
        public const string Signature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
        public static string Body => Text("slash_command_signed.txt").TrimEnd('\n', '\r');
    }
}
