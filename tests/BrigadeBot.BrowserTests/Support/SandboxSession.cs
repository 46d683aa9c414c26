using BrigadeBot.Tests;
using BrigadeBot.Tests.Support;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace BrigadeBot.BrowserTests.Support;

/// <summary>
/// The bot started as a process with no Slack configured, the address its log gives for the sandbox, and Chromium.
/// One per test class: each test opens a fresh page on a sandbox put back to zero.
/// </summary>
public class SandboxSession : IAsyncLifetime
{
    private BotProcess? bot;
    private IPlaywright? playwright;

    protected string DataFolder { get; } = TestFolders.Create("brigade-browser-");

    public IBrowser Browser { get; private set; } = null!;
    public string Address { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium.ExecutablePath))
            throw new InvalidOperationException($"No Chromium at {Chromium.ExecutablePath}: `apt-get install -y chromium` (.ci/run does it).");
        Address = await StartBotAsync();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath, Headless = true, Args = Chromium.Arguments,
        });
    }

    /// <summary>Starts the bot and answers the sandbox's address.</summary>
    protected virtual async Task<string> StartBotAsync()
    {
        bot = BotProcess.Start(new Dictionary<string, string>
        {
            ["Storage__DatabasePath"] = Path.Combine(DataFolder, "brigade.db"),
            ["Sandbox__DatabasePath"] = Path.Combine(DataFolder, "sandbox.db"),
        });
        await bot.WaitStartedAsync();
        // The address a newcomer reads in the log is the one the tests open.
        return bot.Output.Select(line => Regex.Match(line, @"Bac à sable : (http\S+)")).First(m => m.Success).Groups[1].Value;
    }

    /// <summary>A new page on the sandbox, after « Remettre à zéro » so that tests do not see each other's traces.</summary>
    public async Task<SandboxPage> OpenAsync(ViewportSize? viewport = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "fr-CA", ViewportSize = viewport });
        var page = await context.NewPageAsync();
        await page.GotoAsync(Address);
        var sandbox = new SandboxPage(page);
        await sandbox.ResetAsync();
        return sandbox;
    }

    public virtual async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        if (bot is not null) await bot.DisposeAsync();
    }
}
