using System.Net;
using Brigade.Slack.Testing;
using Brigade.Slack.Tests.Support;

namespace Brigade.Slack.Tests.Dispatch;

/// <summary>Every signature failure is a 401 on every endpoint, before any parsing or handler.</summary>
public sealed class UnsignedRequestTests : IAsyncLifetime
{
    private SlackTestHost host = null!;

    public async Task InitializeAsync() => host = await SlackTestHost.StartAsync();
    public async Task DisposeAsync() => await host.DisposeAsync();

    public static TheoryData<string, string> Failures()
    {
        var data = new TheoryData<string, string>();
        foreach (var path in new[] { "/slack/commands", "/slack/interactions", "/slack/events" })
        foreach (var failure in new[] { "no headers", "no timestamp", "no signature", "wrong secret", "stale", "future",
                     "tampered body", "v1 prefix", "short signature", "non-numeric timestamp" })
            data.Add(path, failure);
        return data;
    }

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task A_request_failing_the_signature_check_is_unauthorized(string path, string failure)
    {
        var request = Request(path, failure);

        var response = await host.SendAsync(request);
        await host.FollowUp.WhenIdleAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(host.Handled.Entries);
        Assert.Contains(host.Logs.Lines, l => l.Message.StartsWith("Slack request refused on " + path, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_configured_secret_even_a_well_signed_request_is_unauthorized()
    {
        await using var unsigned = await SlackTestHost.StartAsync(c => c["Slack:SigningSecret"] = null);

        var response = await unsigned.CommandAsync("réserver");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(unsigned.Handled.Entries);
    }

    [Fact]
    public async Task A_correctly_signed_request_passes()
    {
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(Request("/slack/events", "none"))).StatusCode);
    }

    private HttpRequestMessage Request(string path, string failure)
    {
        var body = Body(path);
        var now = host.Time.GetUtcNow();
        var request = failure switch
        {
            "wrong secret" => host.Signer.Signed(path, body, ContentType(path), secretOverride: "not-the-secret"),
            "stale" => host.Signer.Signed(path, body, ContentType(path), at: now.AddSeconds(-301)),
            "future" => host.Signer.Signed(path, body, ContentType(path), at: now.AddSeconds(301)),
            _ => host.Signer.Signed(path, body, ContentType(path)),
        };
        var signature = request.Headers.GetValues("X-Slack-Signature").Single();
        switch (failure)
        {
            case "no headers":
                request.Headers.Remove("X-Slack-Signature");
                request.Headers.Remove("X-Slack-Request-Timestamp");
                break;
            case "no timestamp":
                request.Headers.Remove("X-Slack-Request-Timestamp");
                break;
            case "no signature":
                request.Headers.Remove("X-Slack-Signature");
                break;
            case "tampered body":
                request.Content = new StringContent(body[..^1] + (body[^1] == 'x' ? 'y' : 'x'), null, ContentType(path));
                break;
            case "v1 prefix":
                Replace(request, "X-Slack-Signature", "v1=" + signature[3..]);
                break;
            case "short signature":
                Replace(request, "X-Slack-Signature", signature[..^2]);
                break;
            case "non-numeric timestamp":
                Replace(request, "X-Slack-Request-Timestamp", "yesterday");
                break;
        }
        return request;
    }

    private static void Replace(HttpRequestMessage request, string header, string value)
    {
        request.Headers.Remove(header);
        request.Headers.Add(header, value);
    }

    private static string ContentType(string path) =>
        path.EndsWith("events", StringComparison.Ordinal) ? "application/json" : "application/x-www-form-urlencoded";

    private static string Body(string path) => path switch
    {
        "/slack/commands" => SlackForms.Command("réserver"),
        "/slack/interactions" => SlackForms.Interaction(SlackFixtures.Json("view_closed.json")),
        _ => SlackFixtures.Json("event_team_join.json").ToJsonString(),
    };
}
