using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using BrigadeBot.Features.Booking;
using BrigadeBot.Features.Privacy;
using BrigadeBot.Tests.Features.Booking;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Features.Privacy;

/// <summary>The privacy commands driven as a member drives them, and the checks the privacy tests share.</summary>
public sealed class PrivacyFlow(BrigadeHost host)
{
    public BookingFlow Booking { get; } = new(host);

    /// <summary>Runs a sub-command that opens a modal and returns that modal, ready to fill by label.</summary>
    public async Task<ModalForm> OpenAsync(string text, string member = BrigadeHost.Member)
    {
        var before = host.Slack.CallsTo("views.open").Count;
        var response = await host.CommandAsync(text, member);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(host.Slack.CallsTo("views.open").Count > before, $"No modal opened for « {text} »; the command answered: {body}");
        return ModalForm.From(host.Slack.CallsTo("views.open")[^1]);
    }

    /// <summary>Submits a modal and returns the view it was updated to (Slack's response_action=update).</summary>
    public async Task<JsonObject> SubmitAsync(ModalForm form, string member = BrigadeHost.Member)
    {
        var response = await host.InteractionAsync(form.Submission(member));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await host.IdleAsync();
        var body = await response.Content.ReadAsStringAsync();
        return body.Length == 0 ? new JsonObject() : JsonNode.Parse(body)!.AsObject();
    }

    /// <summary>Books a session on Wednesday 2 December 14:00 Toronto with a category, and optionally the statistics consent.</summary>
    public async Task<BrigadeBot.Features.Booking.Booking> BookWithProfileAsync(string member, string category, bool statistics,
        string date = "2026-12-02", string day = "mercredi 2 décembre", string? note = null)
    {
        if (Booking.Slots().All(s => s.StartUtc.Date != DateTime.Parse(date).Date)) await Booking.PublishAsync(date, "14:00", capacity: 5);
        var form = await Booking.OpenBookingAsync(member);
        form.Set("Thème", "cybersecurite").Set("Créneau", day).Set("Votre catégorie de profil", category);
        if (statistics) form.Set("Statistiques anonymes du programme", BookingIds.ConsentGranted);
        if (note is not null) form.Set("Ce que j'aimerais aborder", note);
        Assert.Equal("", await Booking.SubmitAsync(form, member));
        return Booking.Bookings().Last(b => b.MemberId == member);
    }

    /// <summary>Moves the clock past the session and runs its follow-up: the booking becomes held (and counted).</summary>
    public async Task HoldAsync(BrigadeBot.Features.Booking.Booking booking)
    {
        var after = booking.EndUtc.AddMinutes(20);
        if (host.Clock.GetUtcNow().UtcDateTime < after) host.Clock.Advance(after - host.Clock.GetUtcNow().UtcDateTime);
        await host.Services.GetRequiredService<BookingReminders>().RunAsync(booking.Id, ReminderKind.FollowUp, default);
        await host.IdleAsync();
    }

    public Task<IReadOnlyList<SessionFact>> FactsAsync() => host.Services.GetRequiredService<SessionFactStore>().AllAsync();

    /// <summary>The export file uploaded last: its bytes, read back as JSON.</summary>
    public JsonObject LastExport()
    {
        var upload = host.Slack.CallsTo("(upload)").Last();
        var bytes = Convert.FromBase64String(upload.Arg("content_base64")!);
        return JsonNode.Parse(Encoding.UTF8.GetString(bytes))!.AsObject();
    }

    /// <summary>Every document of every collection of a stopped host's database file, as LiteDB's JSON text.</summary>
    public static IReadOnlyList<(string Collection, string Json)> ScanDatabaseFile(string path)
    {
        using var database = TestDatabase.Open(path);
        return database.ReadNow(db => db.GetCollectionNames()
            .SelectMany(name => db.GetCollection(name).FindAll().Select(doc => (name, LiteDB.JsonSerializer.Serialize(doc))))
            .ToList());
    }
}
