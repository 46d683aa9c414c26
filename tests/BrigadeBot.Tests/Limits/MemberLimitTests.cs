using System.Net;
using BrigadeBot.Features.Codev;
using BrigadeBot.Features.Impact;
using BrigadeBot.Features.Sheets;
using BrigadeBot.Features.Watch;
using BrigadeBot.Limits;
using BrigadeBot.Tests.Features.Booking;
using BrigadeBot.Tests.Features.Codev;
using BrigadeBot.Tests.Features.Sheets;
using BrigadeBot.Tests.Features.Watch;
using BrigadeBot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Tests.Limits;

/// <summary>Per-member limits on what creates or posts content, through the real endpoints, on the fake clock.</summary>
public sealed class MemberLimitTests
{
    private static async Task<string> ReplyTextAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        return body.Length == 0 ? "" : (await response.ReadObjectAsync())["text"]?.ToString() ?? "";
    }

    [Fact]
    public async Task The_sixth_proposal_within_the_hour_is_refused_with_when_to_try_again_and_others_are_not_held_back()
    {
        await using var host = await BrigadeHost.StartAsync();
        for (var i = 1; i <= 5; i++)
            Assert.DoesNotContain("limite", await ReplyTextAsync(await host.CommandAsync($"proposer Problème numéro {i} à discuter")));

        var refused = await ReplyTextAsync(await host.CommandAsync("proposer Un sixième problème à discuter"));
        host.Clock.Advance(TimeSpan.FromMinutes(57));
        var stillRefused = await ReplyTextAsync(await host.CommandAsync("proposer Un sixième problème à discuter"));
        var someoneElse = await ReplyTextAsync(await host.CommandAsync("proposer Le problème d'une autre personne", "U0OTHER"));
        await host.IdleAsync();

        Assert.Equal("Vous avez atteint la limite pour cette action. Vous pourrez réessayer dans 1 heure.", refused);
        Assert.EndsWith("Vous pourrez réessayer dans 3 minutes.", stillRefused);
        Assert.DoesNotContain("limite", someoneElse);
        Assert.Equal(6, host.Slack.PostsTo("C0CODEV").Count);

        host.Clock.Advance(TimeSpan.FromMinutes(3));
        Assert.DoesNotContain("limite", await ReplyTextAsync(await host.CommandAsync("proposer Un sixième problème à discuter")));
    }

    [Fact]
    public async Task A_watch_item_past_the_limit_gets_the_message_under_its_title_and_is_not_stored()
    {
        await using var host = await BrigadeHost.StartAsync(new() { ["Brigade:Limits:watch:Permits"] = "2" });
        await host.ScheduleAsync();
        await host.ScheduleAsync();

        var response = await host.InteractionAsync(WatchPayloads.Submission(new WatchForm()));

        var errors = (await response.ReadObjectAsync())["errors"]!;
        Assert.StartsWith("Vous avez atteint la limite", errors[WatchIds.TitleBlock]!.ToString());
        Assert.Equal(2, (await host.Store().InStatesAsync(Enum.GetValues<WatchState>())).Count);
    }

    [Fact]
    public async Task A_sheet_past_the_limit_gets_the_message_under_its_title_and_is_not_published()
    {
        await using var host = await BrigadeHost.StartAsync(new() { ["Brigade:Limits:sheets:Permits"] = "1" });
        var before = (await host.Services.GetRequiredService<SheetStore>().ActiveAsync()).Count;

        var first = await host.InteractionAsync(SheetPayloads.Submit(SheetsIds.CreateModal, new SheetForm()));
        var second = await host.InteractionAsync(SheetPayloads.Submit(SheetsIds.CreateModal, new SheetForm(Title: "Une autre fiche")));

        Assert.Equal("", await first.Content.ReadAsStringAsync());
        Assert.StartsWith("Vous avez atteint la limite", (await second.ReadObjectAsync())["errors"]![SheetsIds.TitleBlock]!.ToString());
        Assert.Equal(before + 1, (await host.Services.GetRequiredService<SheetStore>().ActiveAsync()).Count);
    }

    [Fact]
    public async Task Exports_past_the_configured_limit_are_refused_and_nothing_is_sent()
    {
        await using var host = await BrigadeHost.StartAsync(new() { ["Brigade:Limits:exports:Permits"] = "1", ["Brigade:Limits:exports:WindowMinutes"] = "10" });
        await ReplyTextAsync(await host.CommandAsync("mes-donnees"));
        await host.IdleAsync();
        var uploads = host.Slack.CallsTo("files.completeUploadExternal").Count;

        var refused = await ReplyTextAsync(await host.CommandAsync("mes-donnees"));
        await host.IdleAsync();

        Assert.Equal("Vous avez atteint la limite pour cette action. Vous pourrez réessayer dans 10 minutes.", refused);
        Assert.Equal(1, uploads);
        Assert.Equal(uploads, host.Slack.CallsTo("files.completeUploadExternal").Count);
    }

    [Fact]
    public async Task A_meeting_past_the_limit_gets_the_message_under_its_topic_and_is_not_scheduled()
    {
        await using var host = await BrigadeHost.StartAsync(new() { ["Brigade:Limits:meetings:Permits"] = "1" });
        await host.ScheduleAsync(await host.ProposeAsync("Premier problème à discuter ensemble"));
        var second = await host.ProposeAsync("Second problème à discuter ensemble");

        await host.CommandAsync("codev", userId: BrigadeHost.Animator);
        var response = await host.SubmitAsync(host.Slack.OpenedView(), BrigadeHost.Animator, CodevMeetings.Form(second.Id));

        Assert.StartsWith("Vous avez atteint la limite", (await response.ReadObjectAsync())["errors"]![CodevIds.TopicBlock]!.ToString());
        Assert.Single(await host.Services.GetRequiredService<MeetingStore>().ScheduledAsync());
    }

    [Fact]
    public async Task A_second_full_report_within_the_window_is_refused_and_no_file_goes()
    {
        await using var host = await BrigadeHost.StartAsync(new() { ["Brigade:Limits:reports:Permits"] = "1" });
        var summary = BookingFlow.Parse(await (await host.CommandAsync("bilan", BrigadeHost.Animator)).Content.ReadAsStringAsync());
        var value = summary["blocks"]!.AsArray().Last()!["elements"]![0]!["value"]!.ToString();
        var flow = new BookingFlow(host);

        await flow.ClickAsync(BrigadeHost.Animator, ImpactIds.ReportFiles, value);
        await host.IdleAsync();
        var files = host.Slack.CallsTo("files.completeUploadExternal").Count;
        await flow.ClickAsync(BrigadeHost.Animator, ImpactIds.ReportFiles, value);
        await host.IdleAsync();

        Assert.True(files > 0);
        Assert.Equal(files, host.Slack.CallsTo("files.completeUploadExternal").Count);
        Assert.Contains("Vous pourrez réessayer dans 1 heure.", host.Slack.CallsTo("(response_url)").Last().AllText);
    }

    [Fact]
    public async Task A_share_past_the_limit_is_not_posted_and_the_member_is_told()
    {
        await using var host = await BrigadeHost.StartAsync(new() { ["Brigade:Limits:shares:Permits"] = "1" });
        var sheet = (await host.Services.GetRequiredService<SheetStore>().ActiveAsync()).First().Id;
        foreach (var _ in Enumerable.Range(0, 2))
        {
            await host.InteractionAsync(SheetPayloads.Click(host, SheetsIds.Share, SheetsIds.ShareValue(sheet, "C0ATELIER"), channelId: "C0ATELIER"));
            await host.IdleAsync();
        }

        Assert.Single(host.Slack.CallsTo("chat.postMessage"));
        Assert.Contains("Vous pourrez réessayer dans 1 heure.", Assert.Single(host.Slack.CallsTo("(response_url)")).AllText);
    }

    [Theory]
    [InlineData("Brigade:Limits:propsals:Permits", "3", "Brigade:Limits:propsals: no such limit")]
    [InlineData("Brigade:Limits:proposals:Permits", "0", "Brigade:Limits:proposals:Permits")]
    [InlineData("Brigade:Limits:exports:WindowMinutes", "20000", "Brigade:Limits:exports:WindowMinutes")]
    public void A_malformed_limit_is_refused_naming_the_key(string key, string value, string named)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"))
            .AddInMemoryCollection(new Dictionary<string, string?> { [key] = value })
            .Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddBrigadeBot(configuration);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<MemberLimitsOptions>>().Value);
        Assert.Contains(named, string.Join(" ", error.Failures));
    }

    [Fact]
    public async Task Every_shipped_limit_names_a_declared_one()
    {
        await using var host = await BrigadeHost.StartAsync();

        var declared = host.Services.GetServices<MemberLimit>().Select(l => l.Name).Order();
        Assert.Equal(["events", "exports", "meetings", "proposals", "reports", "shares", "sheets", "watch"], declared);
        Assert.Equal(declared, host.Services.GetRequiredService<IOptions<MemberLimitsOptions>>().Value.Keys.Order());
    }

    [Theory]
    [InlineData(1, "1 minute")]
    [InlineData(61, "2 minutes")]
    [InlineData(180, "3 minutes")]
    [InlineData(3600, "1 heure")]
    [InlineData(3601, "1 heure et 1 minute")]
    [InlineData(7500, "2 heures et 5 minutes")]
    public void The_wait_is_said_in_words_rounded_up_to_the_minute(int seconds, string said) =>
        Assert.Equal(said, LimitTexts.Duration(TimeSpan.FromSeconds(seconds)));
}
