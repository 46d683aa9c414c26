using System.Reflection;
using Brigade.Slack;
using BrigadeBot.Features.CalendarSubscription;
using BrigadeBot.Features.Codev;
using BrigadeBot.Features.Common;
using BrigadeBot.Features.Impact;
using BrigadeBot.Features.Sheets;
using BrigadeBot.Features.Watch;
using BrigadeBot.Hosting;
using BrigadeBot.Scheduling;
using BrigadeBot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Tests.Hosting;

public sealed class ConfigurationValidationTests
{
    [Theory]
    [InlineData(typeof(CommunityOptions), "Brigade:Animators:0", "not-a-user", "Brigade:Animators:0")]
    [InlineData(typeof(WatchChannelOptions), "Brigade:Channels:Watch", "#general", "Brigade:Channels:Watch")]
    [InlineData(typeof(CodevChannelOptions), "Brigade:Channels:Codev", "#general", "Brigade:Channels:Codev")]
    [InlineData(typeof(SheetsChannelOptions), "Brigade:Channels:Sheets", "#general", "Brigade:Channels:Sheets")]
    [InlineData(typeof(CommunityOptions), "Brigade:Themes:0:SheetUrl", "javascript:alert(1)", "Brigade:Themes:0:SheetUrl")]
    [InlineData(typeof(CommunityOptions), "Brigade:Themes:1:Slug", "marketing-numerique", "Brigade:Themes:1:Slug")]
    [InlineData(typeof(CalendarOptions), "Brigade:PublicBaseUrl", "brigade.example.org", "Brigade:PublicBaseUrl")]
    [InlineData(typeof(CommunityOptions), "Brigade:Themes:5:ReportGroup", " ", "Brigade:Themes:5:ReportGroup")]
    [InlineData(typeof(ImpactOptions), "Brigade:Impact:FollowUpSurveyMonths", "0", "Brigade:Impact:FollowUpSurveyMonths")]
    public void A_malformed_Brigade_key_is_named(Type options, string key, string value, string named)
    {
        var resolve = typeof(ConfigurationValidationTests).GetMethod(nameof(Resolve), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(options);
        var error = Assert.Throws<OptionsValidationException>(() =>
        {
            try { resolve.Invoke(null, [key, value]); }
            catch (TargetInvocationException ex) { throw ex.InnerException!; }
        });
        Assert.Contains(named, string.Join(" ", error.Failures));
    }

    [Fact]
    public void A_malformed_time_zone_is_named()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve<BrigadeTimeZoneOptions>("Brigade:TimeZone", "Mars/Olympus"));
        Assert.Contains("Brigade:TimeZone", string.Join(" ", error.Failures));
    }

    [Theory]
    [InlineData("Slack:BotToken", "xoxp-user-token", "Slack:BotToken")]
    [InlineData("Slack:AppToken", "xoxb-not-an-app-token", "Slack:AppToken")]
    [InlineData("Slack:ApiBaseUrl", "not a url", "Slack:ApiBaseUrl")]
    [InlineData("Slack:ResponseUrlPrefixes:0", "hooks", "Slack:ResponseUrlPrefixes")]
    [InlineData("Slack:UploadUrlPrefixes:0", "files.slack.com", "Slack:UploadUrlPrefixes")]
    public void A_malformed_Slack_key_is_named(string key, string value, string named)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve<SlackOptions>(key, value));
        Assert.Contains(named, string.Join(" ", error.Failures));
    }

    [Fact]
    public void The_shipped_configuration_is_valid()
    {
        var themes = Resolve<CommunityOptions>("Unused", "x").Themes;
        Assert.Equal(11, themes.Length);
        Assert.Equal("Concertation numérique", themes.Single(t => t.Slug == "concertation-numerique").Name);
        Assert.Equal(["cybersecurite", "loi-25"], themes.Where(t => t.ReportGroup == "Cybersécurité et Loi 25").Select(t => t.Slug));
        Assert.Equal("/brigade", Resolve<SlackOptions>("Unused", "x").Command);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Without_a_command_set_the_bot_answers_to_brigade(string configured)
    {
        Assert.Equal("/brigade", Resolve<SlackOptions>("Slack:Command", configured).Command);
    }

    [Fact]
    public async Task The_process_stops_with_exit_code_1_and_a_message_naming_the_key()
    {
        var folder = TestFolders.Create("brigade-config-");
        await using var bot = BotProcess.Start(new Dictionary<string, string>
        {
            ["Storage__DatabasePath"] = Path.Combine(folder, "brigade.db"),
            ["Brigade__TimeZone"] = "Mars/Olympus",
        });

        Assert.Equal(1, await bot.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains(bot.Output, line => line.Contains("BrigadeBot cannot start") && line.Contains("Brigade:TimeZone"));
    }

    private static T Resolve<T>(string key, string value) where T : class
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"))
            .AddInMemoryCollection(new Dictionary<string, string?> { [key] = value })
            .Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddBrigadeBot(configuration);
        return services.BuildServiceProvider().GetRequiredService<IOptions<T>>().Value;
    }
}
