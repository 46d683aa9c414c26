using BrigadeBot.Features.Common;
using Brigade.Slack.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using BrigadeBot.Features.Common.Privacy;
using BrigadeBot.Features.Common.Surveys;
using BrigadeBot.Features.Impact;
using BrigadeBot.Features.Privacy;
using BrigadeBot.Tests.Features.Booking;

namespace BrigadeBot.Tests.Features.Impact;

public sealed class PeriodTests
{
    private static readonly MonthDay April = new(4, 1);
    private static readonly DateOnly Today = new(2026, 11, 30);

    [Theory]
    [InlineData("", "2026-04-01", "2027-04-01", "année de programme, du 1er avril 2026 au 31 mars 2027")]
    [InlineData("2025", "2025-01-01", "2026-01-01", "année 2025")]
    [InlineData("2025-T1", "2025-01-01", "2025-04-01", "1er trimestre 2025")]
    [InlineData("2025-t3", "2025-07-01", "2025-10-01", "3e trimestre 2025")]
    [InlineData("2025-T4", "2025-10-01", "2026-01-01", "4e trimestre 2025")]
    [InlineData("2025-09", "2025-09-01", "2025-10-01", "septembre 2025")]
    [InlineData(" 2025-09..2026-03 ", "2025-09-01", "2026-04-01", "septembre 2025 à mars 2026")]
    public void Periods_read_as_documented(string text, string from, string to, string label)
    {
        var (period, error) = ReportPeriodParser.Parse(text, Today, April);

        Assert.Null(error);
        Assert.Equal(DateOnly.Parse(from), period!.From);
        Assert.Equal(DateOnly.Parse(to), period.To);
        Assert.Equal(label, period.Label);
    }

    [Fact]
    public void Before_the_year_start_the_program_year_is_the_one_begun_last_year()
    {
        var (period, _) = ReportPeriodParser.Parse(null, new DateOnly(2026, 3, 31), April);
        Assert.Equal(new DateOnly(2025, 4, 1), period!.From);
        Assert.Equal(new DateOnly(2026, 4, 1), ReportPeriodParser.Parse(null, new DateOnly(2026, 4, 1), April).Period!.From);
        Assert.Equal(new DateOnly(2026, 9, 15), ReportPeriodParser.Parse(null, new DateOnly(2027, 1, 5), new MonthDay(9, 15)).Period!.From);
    }

    [Theory]
    [InlineData("2025-T5")]
    [InlineData("2025-13")]
    [InlineData("25")]
    [InlineData("1999")]
    [InlineData("l'an passé")]
    [InlineData("2025-09..")]
    [InlineData("2025-09..2026-00")]
    [InlineData("<!channel>")]
    public void Bad_periods_get_a_clear_French_error(string text)
    {
        var (period, error) = ReportPeriodParser.Parse(text, Today, April);
        Assert.Null(period);
        Assert.Equal(FrenchTypography.Apply("Période invalide : utilisez 2025, 2025-T3 ou 2025-09..2026-03 (ou rien pour l'année de programme en cours)."), error);
    }

    [Fact]
    public void A_range_backwards_is_refused()
    {
        var (period, error) = ReportPeriodParser.Parse("2026-03..2025-09", Today, April);
        Assert.Null(period);
        Assert.Contains("le mois de fin précède le mois de début", error);
    }

    [Theory]
    [InlineData("04-01", true)]
    [InlineData("12-31", true)]
    [InlineData("02-29", false)]
    [InlineData("13-01", false)]
    [InlineData("avril", false)]
    public void The_year_start_is_a_month_and_day(string text, bool valid) => Assert.Equal(valid, MonthDay.TryParse(text, out _));

    [Fact]
    public async Task The_command_answers_a_bad_period_with_the_error()
    {
        await using var host = await BrigadeHost.StartAsync();
        var answer = await host.CommandTextAsync("bilan 2025-T9", BrigadeHost.Animator);
        Assert.Contains(FrenchTypography.Apply("Période invalide : utilisez 2025, 2025-T3 ou 2025-09..2026-03"), answer);
    }

    [Theory]
    [InlineData("Brigade:Impact:YearStart", "31-04")]
    [InlineData("Brigade:Survey:OpenDays", "0")]
    [InlineData("Privacy:StatsMinCell", "0")]
    [InlineData("Privacy:Retention:BookingsMonths", "0")]
    [InlineData("Privacy:Retention:AuditMonths", "121")]
    public void A_bad_setting_is_refused_naming_the_key(string key, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddCommon(configuration);
        new SlackAppBuilder(services, new SlackRoutes()).AddImpact().AddPrivacy();
        using var provider = services.BuildServiceProvider();

        var error = Record.Exception(() =>
        {
            _ = provider.GetRequiredService<IOptions<ImpactOptions>>().Value;
            _ = provider.GetRequiredService<IOptions<SurveyOptions>>().Value;
            _ = provider.GetRequiredService<IOptions<StatisticsOptions>>().Value;
            _ = provider.GetRequiredService<IOptions<PrivacyOptions>>().Value;
        });

        Assert.Contains(key, Assert.IsType<OptionsValidationException>(error).Message);
    }
}
