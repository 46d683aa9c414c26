using System.Net;
using System.Text.Json.Nodes;
using BrigadeBot.Features.Watch;

namespace BrigadeBot.Tests.Features.Watch;

public sealed class WatchModalTests : IAsyncLifetime
{
    private BrigadeHost host = null!;

    public async Task InitializeAsync() => host = await BrigadeHost.StartAsync(); // Monday 30 November 2026, 9 h 00 in Toronto
    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Veille_opens_the_modal_with_French_labels_the_watch_channel_and_the_next_weekday_at_9()
    {
        var response = await host.CommandAsync("veille", BrigadeHost.Animator);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        var view = JsonNode.Parse(Assert.Single(host.Slack.CallsTo("views.open")).Arg("view")!)!;
        Assert.Equal(WatchIds.ScheduleModal, view["callback_id"]?.ToString());
        var labels = view["blocks"]!.AsArray().Select(b => b!["label"]?["text"]?.ToString()).ToList();
        Assert.Equal(["Titre", "Lien (URL)", "Résumé", "Thème", "Canal de publication", "Date de publication", "Heure de publication"], labels);
        var json = view.ToJsonString();
        Assert.Contains("\"initial_conversation\":\"C0WATCH\"", json);
        Assert.Contains("\"initial_date\":\"2026-12-01\"", json); // Tuesday
        Assert.Contains("\"initial_time\":\"09:00\"", json);
        Assert.Contains("\"timezone\":\"America/Toronto\"", json);
    }

    [Fact]
    public async Task On_Friday_the_default_is_Monday()
    {
        host.Clock.Advance(TimeSpan.FromDays(4)); // Friday 4 December
        await host.CommandAsync("veille", BrigadeHost.Animator);

        Assert.Contains("\"initial_date\":\"2026-12-07\"", Assert.Single(host.Slack.CallsTo("views.open")).Arg("view"));
    }

    [Fact]
    public async Task A_link_typed_after_the_command_fills_the_link_field()
    {
        await host.CommandAsync("veille <https://example.org/outil?a=1&b=2>", BrigadeHost.Animator);

        Assert.Contains("https://example.org/outil?a=1\\u0026b=2", Assert.Single(host.Slack.CallsTo("views.open")).Arg("view"));
    }

    [Theory]
    [InlineData("veille")]
    [InlineData("veille liste")]
    public async Task Members_are_refused_politely(string text)
    {
        var json = await (await host.CommandAsync(text, BrigadeHost.Member)).Content.ReadAsStringAsync();

        Assert.Contains("réservée aux personnes animatrices", json);
        Assert.Empty(host.Slack.CallsTo("views.open"));
    }

    [Fact]
    public async Task Missing_and_invalid_fields_get_French_errors_under_each_field()
    {
        var form = new WatchForm { Title = " ", Url = "javascript:alert(1)", Summary = null, Theme = "astrologie", Channel = "D0DIRECT", Time = null };

        var errors = await ErrorsAsync(form);

        Assert.Equal("Indiquez un titre.", errors[WatchIds.TitleBlock]?.ToString());
        Assert.Contains("https://", errors[WatchIds.UrlBlock]?.ToString());
        Assert.Contains("résumé", errors[WatchIds.SummaryBlock]?.ToString());
        Assert.Equal("Choisissez un thème de la liste.", errors[WatchIds.ThemeBlock]?.ToString());
        Assert.Contains("pas une conversation privée", errors[WatchIds.ChannelBlock]?.ToString());
        Assert.Equal("Choisissez une heure.", errors[WatchIds.TimeBlock]?.ToString());
        Assert.Empty(await host.Store().InStatesAsync(Enum.GetValues<WatchState>()));
    }

    [Fact]
    public async Task Text_longer_than_the_fields_allow_is_refused_not_truncated()
    {
        var errors = await ErrorsAsync(new WatchForm { Title = new string('t', 151), Summary = new string('s', 501) });

        Assert.Contains("150 caractères au plus", errors[WatchIds.TitleBlock]?.ToString());
        Assert.Contains("500 caractères au plus", errors[WatchIds.SummaryBlock]?.ToString());
    }

    [Fact]
    public async Task A_time_in_the_past_is_refused_with_a_field_error()
    {
        var earlierToday = await ErrorsAsync(new WatchForm { Date = "2026-11-30", Time = "08:59" });
        var yesterday = await ErrorsAsync(new WatchForm { Date = "2026-11-29", Time = "10:00" });

        Assert.Equal(WatchTexts.TimePast, earlierToday[WatchIds.TimeBlock]?.ToString());
        Assert.Equal(WatchTexts.DatePast, yesterday[WatchIds.DateBlock]?.ToString());
        Assert.Empty(await host.Store().InStatesAsync(Enum.GetValues<WatchState>()));
    }

    [Fact]
    public async Task A_payload_without_a_channel_gets_the_watch_channel()
    {
        var item = await host.ScheduleAsync(new WatchForm { Channel = null });

        Assert.Equal("C0WATCH", item.ChannelId);
    }

    [Fact]
    public async Task The_theme_is_optional()
    {
        var item = await host.ScheduleAsync(new WatchForm { Theme = null });

        Assert.Null(item.ThemeSlug);
        Assert.Equal(WatchState.Scheduled, item.State);
    }

    [Fact]
    public async Task A_submission_by_a_member_is_refused_and_nothing_is_stored()
    {
        var response = await host.InteractionAsync(WatchPayloads.Submission(new WatchForm(), BrigadeHost.Member));

        var reply = await response.ReadObjectAsync();
        Assert.Equal("errors", reply["response_action"]?.ToString());
        Assert.Empty(await host.Store().InStatesAsync(Enum.GetValues<WatchState>()));
    }

    [Fact]
    public async Task A_valid_submission_closes_the_modal_stores_the_item_and_confirms_by_DM()
    {
        var item = await host.ScheduleAsync();

        Assert.Equal(new DateTime(2026, 12, 1, 14, 0, 0, DateTimeKind.Utc), item.PublishAtUtc); // 9 h 00 in Toronto (EST)
        Assert.Equal(BrigadeHost.Animator, item.AuthorId);
        Assert.Equal("wikimedia", item.ThemeSlug);
        var confirmation = Assert.Single(host.Slack.PostsTo("D0ANIMATOR"));
        Assert.Contains("paraîtra le mardi 1er décembre à 9 h", confirmation.AllText);
        Assert.Contains("<#C0WATCH>", confirmation.AllText);
    }

    private async Task<JsonObject> ErrorsAsync(WatchForm form)
    {
        var response = await host.InteractionAsync(WatchPayloads.Submission(form));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await response.ReadObjectAsync();
        Assert.Equal("errors", reply["response_action"]?.ToString());
        return reply["errors"]!.AsObject();
    }
}
