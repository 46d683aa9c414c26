using System.Net;
using System.Text;
using Brigade.Slack.Testing;
using BrigadeBot.Features.Events;
using BrigadeBot.Tests.Features.Booking;
using BrigadeBot.Tests.Features.Codev;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Features.Events;

/// <summary>
/// Conferences driven as people drive them: <c>/brigade evenement</c>'s form filled by its labels, the announcement's
/// buttons, <c>/brigade evenements</c>. The host's clock starts Monday 30 November 2026, 14:00 UTC.
/// </summary>
public sealed class EventFlow(BrigadeHost host)
{
    public const string Channel = "C0EVENTS";
    public const string Link = "https://zoom.example.org/j/123";
    public const string Place = "Salle des Belles histoires, Saint-Jérôme";
    /// <summary>Tuesday 8 December 2026, 19:00 in Toronto (00:00 UTC the 9th).</summary>
    public static readonly DateTimeOffset StartsAtUtc = new(2026, 12, 9, 0, 0, 0, TimeSpan.Zero);

    public EventStore Store => host.Services.GetRequiredService<EventStore>();

    public async Task<ModalForm> OpenAsync(string animator = BrigadeHost.Animator)
    {
        var before = host.Slack.CallsTo("views.open").Count;
        Assert.Equal(HttpStatusCode.OK, (await host.CommandAsync("événement", animator)).StatusCode);
        var calls = await host.Slack.WaitForAsync("views.open", before + 1);
        return ModalForm.From(calls[^1]);
    }

    public static ModalForm Fill(ModalForm form, string title = "Wikidata pour les organismes culturels", string? capacity = "30",
        string format = "Les deux", string date = "2026-12-08", string start = "19:00")
    {
        form.Set("Titre", title).Set("Conférencier·ère(s)", "Camille Roy").Set("Date", date).Set("Heure de début", start)
            .Set("Durée", "90").Set("Format", format).Set("Lieu", Place).Set("Lien", Link)
            .Set("Description", "Décrire nos collections dans Wikidata, pas à pas.");
        if (capacity is not null) form.Set("Places (facultatif)", capacity);
        return form;
    }

    /// <summary>Announces a conference through the form; returns it as stored once the announcement is posted.</summary>
    public async Task<Conference> CreateAsync(string title = "Wikidata pour les organismes culturels", int? capacity = 30,
        string format = "Les deux")
    {
        var form = Fill(await OpenAsync(), title, capacity?.ToString(), format);
        var response = await host.InteractionAsync(form.Submission(BrigadeHost.Animator));
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        await host.IdleAsync();
        return (await Store.ComingAsync()).Single(e => e.Title == title);
    }

    public Task<HttpResponseMessage> RegisterAsync(Conference conference, string member) =>
        host.ClickAsync(EventsIds.Register, conference.Id.ToString(), member, Channel);

    public Task<HttpResponseMessage> UnregisterAsync(Conference conference, string member) =>
        host.ClickAsync(EventsIds.Unregister, conference.Id.ToString(), member, Channel);

    public async Task<Conference> ReloadAsync(Conference conference) => (await Store.FindAsync(conference.Id))!;

    /// <summary>DMs (chat.postMessage) sent to a user's DM channel, as the fake Slack names it.</summary>
    public IReadOnlyList<SlackCall> DirectMessages(string userId) =>
        host.Slack.CallsTo("chat.postMessage").Where(c => c.Arg("channel") == "D" + userId.TrimStart('U', 'W')).ToList();

    /// <summary>The .ics files uploaded to <paramref name="userId"/>'s DM, in order.</summary>
    public IReadOnlyList<string> CalendarFiles(string userId)
    {
        var channel = "D" + userId.TrimStart('U', 'W');
        var uploads = host.Slack.CallsTo("(upload)");
        return host.Slack.CallsTo("files.completeUploadExternal").Where(c => c.Arg("channel_id") == channel)
            .Select(c => c.Arguments["files"]![0]!["id"]!.ToString())
            .Select(id => Encoding.UTF8.GetString(Convert.FromBase64String(uploads.Single(u => u.Arg("path")!.EndsWith("/" + id)).Arg("content_base64")!)))
            .ToList();
    }
}
