using System.Net;
using System.Net.Http.Headers;
using BrigadeBot.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;

namespace BrigadeBot.Tests.Hosting;

/// <summary>
/// <c>GET /metrics</c>: off by default, loopback only without a token, the token's holder only with one. The test
/// server has no network peer: <see cref="PeerAddress"/> gives each request the caller address a test names.
/// </summary>
public sealed class MetricsEndpointTests
{
    private const string Token = "scraper-token-0123456789abcdef";

    private static Task<BrigadeHost> StartAsync(Dictionary<string, string?> settings) =>
        BrigadeHost.StartAsync(settings, services: s => s.AddSingleton<IStartupFilter, PeerAddress>());

    private static Task<HttpResponseMessage> ScrapeAsync(BrigadeHost host, string from = "127.0.0.1", string? bearer = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, MetricsSetup.Path);
        request.Headers.Add(PeerAddress.Header, from);
        if (bearer is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        return host.Client.SendAsync(request);
    }

    [Fact]
    public async Task Off_by_default_the_path_is_unknown_and_no_exporter_exists()
    {
        await using var host = await StartAsync([]);

        Assert.Equal(HttpStatusCode.NotFound, (await ScrapeAsync(host)).StatusCode);
        Assert.Null(host.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task On_without_a_token_loopback_callers_get_Prometheus_text_and_others_403()
    {
        await using var host = await StartAsync(new() { ["Metrics:Enabled"] = "true" });

        var local = await ScrapeAsync(host, "127.0.0.1");
        var localV6 = await ScrapeAsync(host, "::1");
        var remote = await ScrapeAsync(host, "203.0.113.7");

        Assert.Equal(HttpStatusCode.OK, local.StatusCode);
        Assert.Equal("text/plain", local.Content.Headers.ContentType?.MediaType);
        Assert.Contains("# TYPE brigade_slack_followup_depth gauge", await local.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, localV6.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, remote.StatusCode);
        Assert.DoesNotContain("brigade_", await remote.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task With_a_token_only_its_holder_is_served_from_anywhere_and_the_rest_get_401()
    {
        await using var host = await StartAsync(new() { ["Metrics:Enabled"] = "true", ["Metrics:BearerToken"] = Token });

        Assert.Equal(HttpStatusCode.OK, (await ScrapeAsync(host, "203.0.113.7", Token)).StatusCode);
        var missing = await ScrapeAsync(host, "127.0.0.1");
        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal("Bearer", missing.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(HttpStatusCode.Unauthorized, (await ScrapeAsync(host, "127.0.0.1", Token + "x")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await ScrapeAsync(host, "203.0.113.7", "wrong")).StatusCode);
    }
}
