using BrigadeBot.Features.Common;
using System.Net;
using Brigade.Slack.Testing;
using BrigadeBot.Features.Sheets;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Features.Sheets;

public sealed class ShareSheetTests : IAsyncLifetime
{
    private BrigadeHost host = null!;

    public async Task InitializeAsync() => host = await BrigadeHost.StartAsync();
    public async Task DisposeAsync() => await host.DisposeAsync();

    private int CyberSheet => host.Services.GetRequiredService<SheetStore>().ActiveAsync().GetAwaiter().GetResult().Single(s => s.ThemeSlug == "cybersecurite").Id;

    private async Task ClickAsync(string actionId, string value, string channelId = "C0GENERAL")
    {
        var response = await host.InteractionAsync(SheetPayloads.Click(host, actionId, value, channelId: channelId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await host.IdleAsync();
    }

    [Fact]
    public async Task Sharing_posts_the_card_in_the_channel_of_the_search_in_the_members_name()
    {
        await ClickAsync(SheetsIds.Share, SheetsIds.ShareValue(CyberSheet, "C0ATELIER"), "C0ATELIER");

        var post = Assert.Single(host.Slack.CallsTo("chat.postMessage"));
        Assert.Equal("C0ATELIER", post.Arg("channel"));
        Assert.Contains("Cybersécurité", post.AllText);
        Assert.Contains($"Fiche partagée par <@{BrigadeHost.Member}>", post.AllText);
        Assert.Contains("https://culturelaurentides.com/brigade/fiches/cybersecurite", post.AllText);
        Assert.Empty(host.Slack.CallsTo("(response_url)"));
    }

    [Theory]
    [InlineData("not_in_channel")]
    [InlineData("channel_not_found")]
    public async Task When_the_bot_is_not_in_the_channel_the_member_learns_how_to_invite_it(string error)
    {
        host.Slack.Enqueue("chat.postMessage", FakeReply.Error(error));

        await ClickAsync(SheetsIds.Share, SheetsIds.ShareValue(CyberSheet, "C0PRIVATE"), "C0PRIVATE");

        var reply = Assert.Single(host.Slack.CallsTo("(response_url)"));
        Assert.Contains("Invitez-moi dans ce canal avec /invite @BrigadeBot, puis réessayez", reply.AllText);
        Assert.Equal("ephemeral", reply.Arguments["message"]!["response_type"]!.ToString());
        Assert.DoesNotContain(host.Logs.Lines, e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Error);
    }

    [Fact]
    public async Task Another_Slack_refusal_gets_a_friendly_message_not_a_crash()
    {
        host.Slack.Enqueue("chat.postMessage", FakeReply.Error("is_archived"));

        await ClickAsync(SheetsIds.Share, SheetsIds.ShareValue(CyberSheet, "C0OLD"), "C0OLD");

        Assert.Contains("Je n'ai pas pu partager la fiche", Assert.Single(host.Slack.CallsTo("(response_url)")).AllText);
    }

    [Fact]
    public async Task Sending_by_DM_reaches_the_member_and_confirms_where_they_clicked()
    {
        await ClickAsync(SheetsIds.SendByDm, CyberSheet.ToString());

        Assert.Equal(BrigadeHost.Member, Assert.Single(host.Slack.CallsTo("conversations.open")).Arg("users"));
        var dm = Assert.Single(host.Slack.CallsTo("chat.postMessage"));
        Assert.StartsWith("D", dm.Arg("channel"));
        Assert.Contains("Cybersécurité", dm.AllText);
        Assert.Contains(FrenchTypography.Apply("Je vous ai envoyé la fiche « Cybersécurité » en message privé."),
            Assert.Single(host.Slack.CallsTo("(response_url)")).AllText);
    }

    [Fact]
    public async Task A_retired_or_unknown_sheet_is_not_shared()
    {
        await ClickAsync(SheetsIds.Share, SheetsIds.ShareValue(9999, "C0GENERAL"));
        await ClickAsync(SheetsIds.SendByDm, "pas-un-nombre");

        Assert.Empty(host.Slack.CallsTo("chat.postMessage"));
        Assert.All(host.Slack.CallsTo("(response_url)"), call => Assert.Contains("retirée du catalogue", call.AllText));
        Assert.Equal(2, host.Slack.CallsTo("(response_url)").Count);
    }

    [Fact]
    public async Task A_share_that_reached_the_channel_is_counted_without_the_member_and_a_DM_or_a_refusal_is_not()
    {
        host.Slack.Enqueue("chat.postMessage", FakeReply.Error("not_in_channel"));
        await ClickAsync(SheetsIds.Share, SheetsIds.ShareValue(CyberSheet, "C0PRIVATE"), "C0PRIVATE");
        await ClickAsync(SheetsIds.SendByDm, CyberSheet.ToString());
        await ClickAsync(SheetsIds.Share, SheetsIds.ShareValue(CyberSheet, "C0ATELIER"), "C0ATELIER");

        var shares = await host.Services.GetRequiredService<BrigadeBot.Storage.BrigadeDatabase>()
            .ReadAsync(db => db.GetCollection(SheetShareStore.Collection).FindAll().ToList());
        var share = Assert.Single(shares);
        Assert.Equal(CyberSheet, share["SheetId"].AsInt32);
        Assert.Equal("cybersecurite", share["ThemeSlug"].AsString);
        Assert.Equal(host.Clock.GetUtcNow().UtcDateTime, share["AtUtc"].AsDateTime.ToUniversalTime(), TimeSpan.FromMilliseconds(1));
        Assert.DoesNotContain(BrigadeHost.Member, share.ToString());
    }
}
