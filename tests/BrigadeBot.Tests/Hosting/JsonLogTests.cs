using System.Net;
using System.Text.Json;
using Brigade.Slack.Diagnostics;
using Brigade.Slack.Testing;
using BrigadeBot.Tests.Support;

namespace BrigadeBot.Tests.Hosting;

/// <summary>With <c>Logging:Console:FormatterName=json</c> the built bot writes one JSON object per line, scopes included.</summary>
public sealed class JsonLogTests
{
    private const string Secret = "json-log-signing-secret-0123456789";

    [Fact]
    public async Task Every_console_line_is_a_JSON_object_and_a_Slack_request_carries_its_id()
    {
        var folder = TestFolders.Create("brigade-json-");
        await using var bot = BotProcess.Start(new Dictionary<string, string>
        {
            ["Storage__DatabasePath"] = Path.Combine(folder, "brigade.db"),
            ["Slack__SigningSecret"] = Secret,
            ["Logging__Console__FormatterName"] = "json",
            ["Logging__LogLevel__Brigade.Slack"] = "Debug",
        });
        await bot.WaitStartedAsync();
        using var client = new HttpClient { BaseAddress = new Uri(bot.BaseUrl) };

        var response = await client.SendAsync(new SlackRequestSigner(Secret).Command(SlackForms.Command("aide")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        bot.Kill();
        await bot.WaitForExitAsync(TimeSpan.FromSeconds(30));

        var entries = bot.Output.Where(line => line.Length > 0).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Contains(entries, e => e.GetProperty("Message").GetString()!.Contains("Application started"));
        var request = Assert.Single(entries, e => e.GetProperty("Message").GetString() == "Slack command request");
        var id = request.GetProperty("Scopes").EnumerateArray()
            .Single(s => s.ValueKind == JsonValueKind.Object && s.TryGetProperty(SlackRequestId.LogKey, out _))
            .GetProperty(SlackRequestId.LogKey).GetString();
        Assert.Matches("^[0-9a-f]{16}$", id);
    }
}
