using System.Net;
using System.Net.Http.Json;
using BrigadeBot.Sandbox;
using BrigadeBot.Sandbox.Workspace;
using BrigadeBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Sandbox;

/// <summary>Who gets the sandbox: this machine only, and only while no real Slack is configured (unless asked for).</summary>
public sealed class SandboxAccessTests
{
    [Fact]
    public async Task Without_Slack_the_page_its_script_and_its_style_are_served_offline()
    {
        await using var site = await SandboxSite.StartAsync();

        var page = await site.Client.GetAsync("/sandbox");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("lang=\"fr-CA\"", html);
        Assert.Contains("Remettre à zéro", html);
        Assert.DoesNotContain("https://", html); // no CDN: the page works offline
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal(HttpStatusCode.OK, (await site.Client.GetAsync("/sandbox/sandbox.js")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await site.Client.GetAsync("/sandbox/sandbox.css")).StatusCode);
    }

    [Fact]
    public async Task With_Slack_configured_the_sandbox_is_absent()
    {
        await using var host = await BrigadeHost.StartAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/sandbox")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/sandbox/api/state")).StatusCode);
        Assert.Null(host.Services.GetRequiredService<SandboxHost>().Current);
        Assert.False(File.Exists(Path.Combine(host.DataFolder, "sandbox.db")));
    }

    [Fact]
    public async Task Sandbox_Enabled_serves_it_beside_a_configured_Slack_which_it_never_calls()
    {
        await using var site = await SandboxSite.StartAsync(new()
        {
            ["Slack:SigningSecret"] = BrigadeHost.SigningSecret, ["Slack:BotToken"] = Brigade.Slack.Testing.FakeSlackServer.BotToken,
            ["Sandbox:Enabled"] = "true",
        });

        var state = await site.TypeAsync("/brigade aide");
        await site.PostAsync("join", new { });

        Assert.Contains("ce que je peux faire", SandboxSite.Pane(state, SandboxSite.General));
        Assert.Empty(site.Host.Slack.Calls);
    }

    [Fact]
    public async Task Sandbox_Enabled_false_turns_it_off_even_without_Slack()
    {
        await using var site = await SandboxSite.StartAsync(new() { ["Sandbox:Enabled"] = "false" });

        Assert.Equal(HttpStatusCode.NotFound, (await site.Client.GetAsync("/sandbox")).StatusCode);
    }

    [Theory]
    [InlineData("203.0.113.9")]
    [InlineData("192.168.1.20")]
    [InlineData("::ffff:10.0.0.5")]
    public async Task A_caller_from_another_machine_is_refused(string address)
    {
        await using var site = await SandboxSite.StartAsync(from: address);

        var page = await site.Client.GetAsync("/sandbox");
        var reset = await site.PostRawAsync("reset", new { person = SandboxSite.Member });

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("depuis cette machine", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, reset.StatusCode);
    }

    [Fact]
    public async Task A_caller_without_an_address_is_refused()
    {
        await using var site = await SandboxSite.StartAsync(from: null);

        Assert.Equal(HttpStatusCode.Forbidden, (await site.Client.GetAsync("/sandbox/api/state")).StatusCode);
    }

    [Fact]
    public async Task A_request_relayed_by_a_local_proxy_is_refused()
    {
        await using var site = await SandboxSite.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/sandbox");
        request.Headers.Add("X-Forwarded-For", "198.51.100.4");

        Assert.Equal(HttpStatusCode.Forbidden, (await site.Client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task A_page_of_another_site_pointed_at_this_machine_is_refused()
    {
        await using var site = await SandboxSite.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/sandbox/api/state");
        request.Headers.Host = "attacker.example"; // DNS rebinding: a foreign name resolving to 127.0.0.1

        Assert.Equal(HttpStatusCode.Forbidden, (await site.Client.SendAsync(request)).StatusCode);
    }

    [Theory]
    [InlineData("join")]
    [InlineData("reset")]
    [InlineData("clock")]
    [InlineData("type")]
    [InlineData("home")]
    public async Task A_post_without_the_pages_own_header_is_refused(string path)
    {
        await using var site = await SandboxSite.StartAsync();
        var people = site.Life.Workspace.Directory.People.Count;

        // What a form or a no-cors fetch of another site, open in the same browser, can send.
        var bare = await site.Client.PostAsync($"/sandbox/api/{path}", new StringContent("", System.Text.Encoding.UTF8, "text/plain"));
        var json = await site.Client.PostAsJsonAsync($"/sandbox/api/{path}", new { person = SandboxSite.Member, hours = 1, channel = SandboxSite.General, text = "/brigade aide" });

        Assert.Contains(bare.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.UnsupportedMediaType });
        Assert.Equal(HttpStatusCode.Forbidden, json.StatusCode);
        Assert.Equal(people, site.Life.Workspace.Directory.People.Count);
        Assert.Equal(HttpStatusCode.OK, (await site.PostRawAsync(path, new { person = SandboxSite.Member, hours = 1, channel = SandboxSite.General, text = "/brigade aide" })).StatusCode);
    }

    [Fact]
    public async Task Newcomers_stop_at_the_cap_on_people()
    {
        await using var site = await SandboxSite.StartAsync();
        var room = SandboxDirectory.MaxPeople - site.Life.Workspace.Directory.People.Count;

        for (var i = 0; i < room; i++) Assert.Equal(HttpStatusCode.OK, (await site.PostRawAsync("join", new { })).StatusCode);
        var refused = await site.PostRawAsync("join", new { });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(SandboxDirectory.MaxPeople, site.Life.Workspace.Directory.People.Count);
    }

    [Fact]
    public void Only_the_latest_messages_are_kept()
    {
        var directory = new SandboxDirectory(SandboxOptions.DemoPeople, [KeyValuePair.Create(SandboxSite.General, "général")]);
        var workspace = new SandboxWorkspace(directory, TimeProvider.System);

        for (var i = 1; i <= SandboxWorkspace.MaxMessages + 5; i++) workspace.AddFromPerson(SandboxSite.Member, SandboxSite.General, $"message {i}");

        var kept = workspace.Read(SandboxSite.Member, reading => reading.Messages.Select(m => m.Text).ToArray());
        Assert.Equal(SandboxWorkspace.MaxMessages, kept.Length);
        Assert.Equal("message 6", kept[0]);
        Assert.Equal($"message {SandboxWorkspace.MaxMessages + 5}", kept[^1]);
    }

    [Fact]
    public async Task An_action_posted_as_a_form_by_another_site_is_not_taken()
    {
        await using var site = await SandboxSite.StartAsync();

        var response = await site.Client.PostAsync("/sandbox/api/reset",
            new FormUrlEncodedContent([KeyValuePair.Create("person", SandboxSite.Member)]));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData("Sandbox__DatabasePath", "same", "Sandbox:DatabasePath")]
    [InlineData("Sandbox__People__0__Id", "camille", "Sandbox:People:0:Id")]
    public async Task A_sandbox_on_the_real_database_or_with_a_malformed_person_stops_the_start(string key, string value, string named)
    {
        var folder = TestFolders.Create("brigade-sandbox-");
        var path = Path.Combine(folder, "brigade.db");
        await using var bot = BotProcess.Start(new Dictionary<string, string>
        {
            ["Storage__DatabasePath"] = path,
            ["Sandbox__DatabasePath"] = Path.Combine(folder, "sandbox.db"),
            [key] = value == "same" ? path : value,
        });

        Assert.Equal(1, await bot.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains(bot.Output, line => line.Contains("BrigadeBot cannot start") && line.Contains(named));
    }

    [Fact]
    public async Task The_bot_process_says_where_its_sandbox_is_and_serves_it_there()
    {
        var folder = TestFolders.Create("brigade-sandbox-");
        await using var bot = BotProcess.Start(new Dictionary<string, string>
        {
            ["Storage__DatabasePath"] = Path.Combine(folder, "brigade.db"),
            ["Sandbox__DatabasePath"] = Path.Combine(folder, "sandbox.db"),
        });
        await bot.WaitStartedAsync();
        var address = $"{bot.BaseUrl}/sandbox";

        Assert.Contains(bot.Output, line => line.Contains($"Bac à sable : {address}"));
        using var client = new HttpClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(address)).StatusCode);
        var state = await client.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>($"{address}/api/state");
        Assert.Contains("aide", state!["commands"]!.ToJsonString());
    }
}
