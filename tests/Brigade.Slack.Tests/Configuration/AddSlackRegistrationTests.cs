using System.Text.Json.Nodes;
using Brigade.Slack.Inbound;
using Brigade.Slack.Testing;
using Brigade.Slack.Tests.Support;
using Brigade.Slack.WebApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Brigade.Slack.Tests.Configuration;

/// <summary>What AddSlack registers: checked apology texts, defaults the app may replace, and a client that never follows a redirect.</summary>
public sealed class AddSlackRegistrationTests
{
    private static ServiceProvider Build(Action<IServiceCollection>? before = null, Action<SlackFailureTexts>? texts = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        before?.Invoke(services);
        services.AddSlack(new ConfigurationBuilder().Build(), texts);
        return services.BuildServiceProvider();
    }

    private static SlackFailureTexts Texts(string title, string apology)
    {
        using var services = Build(texts: t => (t.ApologyTitle, t.Apology) = (title, apology));
        return services.GetRequiredService<IOptions<SlackFailureTexts>>().Value;
    }

    [Fact]
    public void An_apology_of_3000_characters_under_a_title_of_24_is_accepted()
    {
        var texts = Texts(new string('t', 24), new string('a', 3000));

        Assert.Equal(24, texts.ApologyTitle.Length);
        Assert.Equal(3000, texts.Apology.Length);
    }

    [Theory]
    [InlineData(25, 10)]
    [InlineData(10, 3001)]
    public void An_apology_or_title_over_slack_s_limits_is_refused(int titleLength, int apologyLength) =>
        Assert.Throws<OptionsValidationException>(() => Texts(new string('t', titleLength), new string('a', apologyLength)));

    [Theory]
    [InlineData(" ", "Désolé")]
    [InlineData("Oups", " ")]
    public void A_blank_apology_or_title_is_refused(string title, string apology) =>
        Assert.Throws<OptionsValidationException>(() => Texts(title, apology));

    [Fact]
    public void Without_words_from_the_app_the_apology_is_the_default_one()
    {
        using var services = Build();
        var texts = services.GetRequiredService<IOptions<SlackFailureTexts>>().Value;

        Assert.Equal("Sorry, something went wrong. Please try again.", texts.Apology);
        Assert.Equal("Oops", texts.ApologyTitle);
    }

    [Fact]
    public void The_system_clock_and_in_memory_de_duplication_are_the_defaults()
    {
        using var services = Build();

        Assert.Same(TimeProvider.System, services.GetRequiredService<TimeProvider>());
        Assert.IsType<InMemoryEventDeduplicator>(services.GetRequiredService<IEventDeduplicator>());
        Assert.IsType<DryRunSlackApi>(services.GetRequiredService<ISlackApi>());
        Assert.NotNull(services.GetRequiredService<Brigade.Slack.Diagnostics.SlackMetrics>());
    }

    [Fact]
    public void Malformed_slack_settings_are_refused_naming_the_key()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSlack(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Slack:BotToken"] = "xoxp-1" }).Build());
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SlackOptions>>().Value);

        Assert.Contains("Slack:BotToken", error.Message);
    }

    [Fact]
    public void A_clock_and_de_duplication_of_the_app_s_own_are_kept()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        var deduplicator = new InMemoryEventDeduplicator(clock);
        using var services = Build(s => s.AddSingleton<TimeProvider>(clock).AddSingleton<IEventDeduplicator>(deduplicator));

        Assert.Same(clock, services.GetRequiredService<TimeProvider>());
        Assert.Same(deduplicator, services.GetRequiredService<IEventDeduplicator>());
    }

    [Fact]
    public async Task A_redirect_from_the_web_api_is_not_followed()
    {
        await using var harness = await SlackApiHarness.StartAsync();
        harness.Slack.Enqueue("chat.postMessage", FakeReply.Redirect(harness.Slack.ApiBaseUrl + "auth.test", 307));

        var error = await Assert.ThrowsAsync<SlackApiException>(() =>
            harness.Api.CallAsync("chat.postMessage", new JsonObject { ["channel"] = "C1", ["text"] = "Bonjour" }));

        Assert.Equal("http_307", error.Error);
        Assert.Empty(harness.Slack.CallsTo("auth.test"));
    }
}
