using Brigade.Slack.Routing;
using BrigadeBot.Features.Codev;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Tests.Features.Codev;

public sealed class ArchiveTests
{
    [Fact]
    public async Task The_daily_job_archives_proposals_left_unselected_for_the_configured_lifetime()
    {
        await using var host = await BrigadeHost.StartAsync(new() { ["Brigade:Codev:ProposalLifetimeDays"] = "30" });
        var old = await host.ProposeAsync("Proposition qui attend depuis longtemps");
        var selected = await host.ProposeAsync("Proposition retenue pour une rencontre");
        await host.ScheduleAsync(selected);
        host.Clock.Advance(TimeSpan.FromDays(20));
        var recent = await host.ProposeAsync("Proposition arrivée plus tard");
        var proposals = host.Services.GetRequiredService<ProposalStore>();
        var updates = host.Slack.CallsTo("chat.update").Count;

        host.Clock.Advance(TimeSpan.FromDays(11)); // 31 days for the first, 11 for the last

        var update = (await host.Slack.WaitForAsync("chat.update", updates + 1)).Last();
        await host.IdleAsync();
        Assert.Equal(ProposalStatus.Archived, (await proposals.FindAsync(old.Id))!.Status);
        Assert.Equal(ProposalStatus.Selected, (await proposals.FindAsync(selected.Id))!.Status);
        Assert.Equal(ProposalStatus.Open, (await proposals.FindAsync(recent.Id))!.Status);
        Assert.Equal((await proposals.FindAsync(old.Id))!.MessageTs, update.Arg("ts"));
        Assert.Contains("Archivée", update.AllText);
        Assert.DoesNotContain(CodevIds.Vote, update.AllText);
    }

    [Fact]
    public async Task The_lifetime_defaults_to_120_days()
    {
        await using var host = await BrigadeHost.StartAsync();

        Assert.Equal(120, host.Services.GetRequiredService<IOptions<CodevOptions>>().Value.ProposalLifetimeDays);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public void A_lifetime_under_one_day_is_refused_naming_the_key(string days)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Brigade:Codev:ProposalLifetimeDays"] = days })
            .Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        new SlackAppBuilder(services, new SlackRoutes()).AddCodev();
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<CodevOptions>>().Value);

        Assert.Contains("Brigade:Codev:ProposalLifetimeDays", string.Join(" ", error.Failures));
    }
}
