using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Brigade.Slack.Testing;

namespace Brigade.Slack.Tests.Testing;

/// <summary>The test kit's fake Slack: what other tests rely on it for.</summary>
public sealed class FakeSlackServerTests : IAsyncLifetime
{
    private FakeSlackServer slack = null!;
    private readonly HttpClient http = new();

    public async Task InitializeAsync() => slack = await FakeSlackServer.StartAsync();

    public async Task DisposeAsync()
    {
        http.Dispose();
        await slack.DisposeAsync();
    }

    private Task<HttpResponseMessage> CallAsync(string method, string json = "{}")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, slack.ApiBaseUrl + method)
        {
            Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", FakeSlackServer.BotToken);
        return http.SendAsync(request);
    }

    [Fact]
    public async Task Every_waiter_wakes_when_the_call_it_waits_for_arrives()
    {
        var first = slack.WaitForAsync("auth.test", timeout: TimeSpan.FromSeconds(5));
        var second = slack.WaitForAsync("auth.test", timeout: TimeSpan.FromSeconds(5));

        await CallAsync("auth.test");

        Assert.Single(await first);
        Assert.Single(await second);
    }

    [Fact]
    public async Task A_scripted_redirect_carries_its_location()
    {
        slack.Enqueue("chat.postMessage", FakeReply.Redirect(slack.BaseUrl + "/elsewhere"));
        using var noRedirects = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });

        var response = await noRedirects.PostAsync(slack.ApiBaseUrl + "chat.postMessage", new StringContent("{}"));

        Assert.Equal(System.Net.HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(slack.BaseUrl + "/elsewhere", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task A_call_with_a_wrong_token_is_refused_like_slack_does()
    {
        var response = await http.PostAsync(slack.ApiBaseUrl + "auth.test", new StringContent("{}"));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("invalid_auth", body["error"]?.GetValue<string>());
    }
}
