namespace BrigadeBot.BrowserTests.Support;

/// <summary>
/// A browser test: skipped, saying why, when no Chromium is installed on a developer's machine; in CI (CI=true) it
/// runs anyway and fails, since <c>.ci/run</c> installs the browser.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!File.Exists(Chromium.ExecutablePath) && !Chromium.InCi)
            Skip = $"No Chromium at {Chromium.ExecutablePath}: install it with `apt-get install -y chromium` (or set CHROMIUM_PATH) "
                + "to run the browser tests. They are skipped outside CI and fail in CI.";
    }

    /// <summary>
    /// A type of the bot the test's flow needs (a feature's setup class): until that feature is part of the build the
    /// test is skipped, saying so; from then on it runs.
    /// </summary>
    public string? Needs
    {
        get => needs;
        set
        {
            needs = value;
            if (value is not null && Skip is null && typeof(Program).Assembly.GetType(value) is null)
                Skip = $"{value} is not in this build: this flow runs once its feature has landed.";
        }
    }

    private string? needs;
}

/// <summary>Debian's Chromium, driven by Playwright: Playwright's own browser download cannot work offline.</summary>
public static class Chromium
{
    public static string ExecutablePath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];
}
