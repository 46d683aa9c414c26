using System.Net;
using System.Text.Json.Nodes;
using BrigadeBot.Features.Events;
using BrigadeBot.Tests.Features.Booking;
using BrigadeBot.Tests.Features.Codev;

namespace BrigadeBot.Tests.Features.Events;

public sealed class EventCreationTests : EventHostTests
{
    [Fact]
    public async Task The_form_asks_each_thing_by_its_label_and_the_conference_is_announced_with_its_places_and_buttons()
    {
        var form = await flow.OpenAsync();
        foreach (var label in new[] { "Titre", "Conférencier·ère(s)", "Date", "Heure de début", "Durée", "Format", "Lieu", "Lien",
                     "Places (facultatif)", "Thème (facultatif)", "Description" })
            Assert.True(form.Has(label), label);
        Assert.Equal(["En personne", "En ligne", "Les deux"], form.Options("Format"));

        var conference = await flow.CreateAsync();

        Assert.Equal(EventFlow.StartsAtUtc.UtcDateTime, conference.StartsAtUtc);
        Assert.Equal((ConferenceFormat.Both, EventFlow.Place, EventFlow.Link, 30), (conference.Format, conference.Place, conference.Link, conference.Capacity!.Value));
        var post = Assert.Single(host.Slack.CallsTo("chat.postMessage"), c => c.Arg("channel") == EventFlow.Channel);
        var text = post.AllText;
        Assert.Contains("Wikidata pour les organismes culturels", text);
        Assert.Contains("mardi 8 décembre, 19 h – 20 h 30", text);
        Assert.Contains("Places restantes\u00A0: 30 sur 30", text);
        Assert.Contains(EventFlow.Link, text);
        Assert.Contains("M'inscrire", text);
        Assert.Contains("Me désinscrire", text);
        Assert.Equal((post.Response["channel"]!.ToString(), post.Response["ts"]!.ToString()), (conference.ChannelId, conference.MessageTs));
        Assert.Contains(host.Slack.RepliesTo(BrigadeHost.Animator).Concat(host.Slack.CallsTo("(response_url)").Select(c => c.AllText)),
            t => t.Contains("Conférence annoncée pour le mardi 8 décembre"));
    }

    [Fact]
    public async Task The_animator_is_given_the_link_to_the_announcement()
    {
        await flow.CreateAsync();

        var permalink = Assert.Single(host.Slack.CallsTo("chat.getPermalink")).Response["permalink"]!.ToString();
        Assert.Contains(host.Slack.RepliesTo(BrigadeHost.Animator).Concat(host.Slack.CallsTo("(response_url)").Select(c => c.AllText)),
            t => t.Contains("Conférence annoncée pour le mardi 8 décembre") && t.Contains($"<{permalink}|voir l'annonce>"));
    }

    [Fact]
    public async Task Each_wrong_field_gets_its_French_error_and_nothing_is_stored()
    {
        var form = EventFlow.Fill(await flow.OpenAsync(), title: " ", capacity: "0", format: "En ligne", date: "2026-11-29");
        form.Set("Lien", "pas une adresse").Set("Durée", "5");

        var body = JsonNode.Parse(await (await host.InteractionAsync(form.Submission(BrigadeHost.Animator))).Content.ReadAsStringAsync())!;

        Assert.Equal("errors", body["response_action"]!.ToString());
        var errors = body["errors"]!.AsObject();
        Assert.Equal("Indiquez le titre de la conférence.", errors[EventsIds.TitleBlock]!.ToString());
        Assert.Contains("déjà passé", errors[EventsIds.DateBlock]!.ToString());
        Assert.Equal("Indiquez une durée entre 15 et 480 minutes.", errors[EventsIds.DurationBlock]!.ToString());
        Assert.Contains("adresse Web complète", errors[EventsIds.LinkBlock]!.ToString());
        Assert.Contains("nombre de places entre 1 et 200", errors[EventsIds.CapacityBlock]!.ToString());
        Assert.Empty(await flow.Store.ComingAsync());
    }

    [Fact]
    public async Task In_person_needs_a_place_and_online_needs_a_link()
    {
        var inPerson = EventFlow.Fill(await flow.OpenAsync(), format: "En personne").Set("Lieu", "");
        var online = EventFlow.Fill(await flow.OpenAsync(), format: "En ligne").Set("Lien", "");

        var first = await (await host.InteractionAsync(inPerson.Submission(BrigadeHost.Animator))).Content.ReadAsStringAsync();
        var second = await (await host.InteractionAsync(online.Submission(BrigadeHost.Animator))).Content.ReadAsStringAsync();

        Assert.Contains("Indiquez le lieu de la conférence en personne.", first);
        Assert.Contains("Indiquez le lien de la conférence en ligne.", second);
    }

    [Fact]
    public async Task A_member_may_not_open_the_form_and_a_forged_submission_is_refused()
    {
        var reply = await (await host.CommandAsync("evenement", BrigadeHost.Member)).Content.ReadAsStringAsync();
        Assert.Contains("personnes animatrices", reply);
        Assert.Empty(host.Slack.CallsTo("views.open"));

        var form = EventFlow.Fill(await flow.OpenAsync());
        var response = await host.InteractionAsync(form.Submission(BrigadeHost.Member));
        await host.IdleAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await flow.Store.ComingAsync());
    }

    [Fact]
    public async Task The_creation_limit_stops_an_animator_after_ten_conferences_in_an_hour()
    {
        for (var i = 0; i < 10; i++) await flow.CreateAsync($"Conférence numéro {i}");

        var form = EventFlow.Fill(await flow.OpenAsync(), title: "Une de trop");
        var body = await (await host.InteractionAsync(form.Submission(BrigadeHost.Animator))).Content.ReadAsStringAsync();

        Assert.Contains("Vous avez atteint la limite", SlackCallText(body));
        Assert.Equal(10, (await flow.Store.ComingAsync()).Count);
    }

    [Fact]
    public async Task Evenements_lists_coming_conferences_with_the_member_s_button_and_the_animator_s_three()
    {
        var conference = await flow.CreateAsync();
        await flow.RegisterAsync(conference, BrigadeHost.Member);
        await host.IdleAsync();

        var member = BookingFlow.Readable(await (await host.CommandAsync("evenements", BrigadeHost.Member)).Content.ReadAsStringAsync());
        var other = BookingFlow.Readable(await (await host.CommandAsync("evenements", "U0OTHER")).Content.ReadAsStringAsync());
        var animator = BookingFlow.Readable(await (await host.CommandAsync("evenements", BrigadeHost.Animator)).Content.ReadAsStringAsync());

        Assert.Contains("Wikidata pour les organismes culturels", member);
        Assert.Contains("Me désinscrire", member);
        Assert.DoesNotContain("\"M'inscrire\"", member);
        Assert.Contains("M'inscrire", other);
        Assert.DoesNotContain("Modifier", other);
        foreach (var button in new[] { "Modifier", "Annuler", "Présences" }) Assert.Contains(button, animator);
    }

    private static string SlackCallText(string body) => BookingFlow.Readable(body);

    [Fact]
    public async Task The_help_lists_both_sub_commands_the_form_for_animators_only()
    {
        var help = BookingFlow.Readable(await (await host.CommandAsync("aide", BrigadeHost.Animator)).Content.ReadAsStringAsync());

        Assert.Contains("`/brigade evenement`\u00A0: annoncer une conférence de la programmation Off _(personnes animatrices)_", help);
        Assert.Contains("`/brigade evenements`\u00A0: voir les conférences à venir et s'y inscrire", help);
    }
}
