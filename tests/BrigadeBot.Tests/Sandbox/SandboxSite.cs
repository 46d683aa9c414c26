using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BrigadeBot.Sandbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Sandbox;

/// <summary>
/// The bot with no Slack configured (so the sandbox is on), its sandbox's bot extended with <see cref="ProbeFeature"/>,
/// requests arriving from the address given (loopback by default: TestServer sets none), and the page's API calls.
/// </summary>
public sealed class SandboxSite : IAsyncDisposable
{
    public const string Animator = "U0SBANIM01";
    public const string Member = "U0SBMEMB01";
    public const string OtherMember = "U0SBMEMB02";
    public const string General = "C0SBGENERAL";

    private SandboxSite(BrigadeHost host) => Host = host;

    public BrigadeHost Host { get; }
    public HttpClient Client => Host.Client;
    public SandboxInstance Life => Host.Services.GetRequiredService<SandboxHost>().Current!;

    /// <summary><paramref name="from"/>: the caller's address; <c>null</c> leaves none, as over a Unix socket.</summary>
    public static async Task<SandboxSite> StartAsync(Dictionary<string, string?>? settings = null, string? from = "127.0.0.1",
        bool probe = true)
    {
        var all = new Dictionary<string, string?> { ["Slack:SigningSecret"] = "", ["Slack:BotToken"] = "" };
        foreach (var (key, value) in settings ?? []) all[key] = value;
        var host = await BrigadeHost.StartAsync(all, services: services =>
        {
            if (from is not null) services.AddSingleton<IStartupFilter>(new RemoteAddress(IPAddress.Parse(from)));
            if (probe) services.AddSingleton(ProbeFeature.Extension);
        });
        return new SandboxSite(host);
    }

    public async Task<JsonObject> StateAsync(string person = Member) =>
        await Read(await Client.GetAsync($"/sandbox/api/state?person={person}"));

    public Task<JsonObject> TypeAsync(string text, string person = Member, string channel = General) =>
        PostAsync("type", new { person, channel, text });

    public async Task<JsonObject> PostAsync(string path, object body) => await Read(await PostRawAsync(path, body));

    /// <summary>Posts as the page does: JSON, with the header that only the sandbox's own page sends.</summary>
    public Task<HttpResponseMessage> PostRawAsync(string path, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/sandbox/api/{path}") { Content = JsonContent.Create(body) };
        request.Headers.Add(SandboxGuard.RequestHeader, "1");
        return Client.SendAsync(request);
    }

    public static string Pane(JsonObject state, string id) =>
        state["panes"]!.AsArray().First(p => p!["id"]!.GetValue<string>() == id)!["html"]!.GetValue<string>();

    public static string DirectMessages(JsonObject state) =>
        state["panes"]!.AsArray().First(p => p!["kind"]!.GetValue<string>() == "dm")!["html"]!.GetValue<string>();

    public static string? ModalId(JsonObject state) => state["modal"]?["id"]?.GetValue<string>();

    public static string ModalHtml(JsonObject state) => state["modal"]!["html"]!.GetValue<string>();

    private static async Task<JsonObject> Read(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();

    /// <summary>Sets the caller's address before anything else runs, as Kestrel would from the socket.</summary>
    private sealed class RemoteAddress(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                context.Connection.RemoteIpAddress = address;
                return following(context);
            });
            next(app);
        };
    }
}
