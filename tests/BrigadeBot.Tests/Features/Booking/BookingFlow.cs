using System.Net;
using System.Text.Json.Nodes;
using Brigade.Slack.Testing;
using BrigadeBot.Features.Booking;
using BrigadeBot.Features.Common.Members;
using BrigadeBot.Features.Common.Waitlists;
using BrigadeBot.Storage;
using BrigadeBot.Tests.Storage;
using LiteDB;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Features.Booking;

/// <summary>The booking feature driven as people drive it: commands, modals filled by label, buttons.</summary>
public sealed class BookingFlow(BrigadeHost host)
{
    public const string Link = "https://meet.example.org/brigade";
    public const string Animator2 = "U0ANIMATOR2";

    /// <summary>Settings for a host with a second animator.</summary>
    public static Dictionary<string, string?> TwoAnimators => new() { ["Brigade:Animators:1"] = Animator2 };

    public async Task<ModalForm> OpenDispoAsync(string animator = BrigadeHost.Animator)
    {
        var before = host.Slack.CallsTo("views.open").Count;
        var response = await host.CommandAsync("dispo", animator);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var calls = await host.Slack.WaitForAsync("views.open", before + 1);
        return ModalForm.From(calls[^1]);
    }

    /// <summary>Publishes slots through the modal; returns the submission's answer (empty = closed).</summary>
    public async Task<string> PublishAsync(string date, string start, int duration = 60, int repeat = 0, int capacity = 1,
        string? themes = null, string animator = BrigadeHost.Animator, string link = Link)
    {
        var form = (await OpenDispoAsync(animator))
            .Set("Date", date).Set("Heure de début", start).Set("Durée (minutes)", duration.ToString())
            .Set(BookingTexts.RepeatLabel, repeat.ToString())
            .Set("Nombre de places (1 = individuel, plus = séance de groupe)", capacity.ToString())
            .Set("Lien de visioconférence", link);
        if (themes is not null) form.Set("Thèmes offerts", themes);
        var response = await host.InteractionAsync(form.Submission(animator));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await host.IdleAsync();
        return await response.Content.ReadAsStringAsync();
    }

    public async Task<ModalForm> OpenBookingAsync(string member = BrigadeHost.Member, string text = "reserver")
    {
        var before = host.Slack.CallsTo("views.open").Count;
        var response = await host.CommandAsync(text, member);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(host.Slack.CallsTo("views.open").Count > before, "No modal opened; the command answered: " + body);
        return ModalForm.From(host.Slack.CallsTo("views.open")[^1]);
    }

    /// <summary>Books through the modal: picks the theme and the slot whose text starts with <paramref name="slot"/>.</summary>
    public async Task<string> BookAsync(string theme, string slot, string member = BrigadeHost.Member, string? note = null,
        ModalForm? form = null)
    {
        form ??= await OpenBookingAsync(member);
        form.Set("Thème", theme).Set("Créneau", slot);
        if (note is not null) form.Set("Ce que j'aimerais aborder", note);
        return await SubmitAsync(form, member);
    }

    public async Task<string> SubmitAsync(ModalForm form, string member)
    {
        var response = await host.InteractionAsync(form.Submission(member));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await host.IdleAsync();
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Clicks a button as <paramref name="user"/> would in an ephemeral message.</summary>
    public async Task ClickAsync(string user, string actionId, string value)
    {
        Assert.Equal(HttpStatusCode.OK, (await host.InteractionAsync(Click(user, actionId, value))).StatusCode);
        await host.IdleAsync();
    }

    /// <summary>The block_actions payload of a button click in an ephemeral message.</summary>
    public JsonObject Click(string user, string actionId, string value)
    {
        var payload = SlackFixtures.Json("block_actions_button.json");
        payload["user"]!["id"] = user;
        payload["response_url"] = host.Slack.ResponseUrl("action");
        payload["channel"]!["id"] = "C0GENERAL";
        payload["container"]!["channel_id"] = "C0GENERAL";
        var action = payload["actions"]![0]!;
        action["action_id"] = actionId;
        action["block_id"] = "b";
        action["value"] = value;
        return payload;
    }

    public List<Slot> Slots() => Read(db => db.GetCollection<Slot>(SlotStore.Collection).FindAll().OrderBy(s => s.StartUtc).ToList());

    public List<BrigadeBot.Features.Booking.Booking> Bookings() =>
        Read(db => db.GetCollection<BrigadeBot.Features.Booking.Booking>(BookingStore.Collection).FindAll().OrderBy(b => b.CreatedAtUtc).ToList());

    public List<WaitlistEntry> Waitlist() =>
        Read(db => db.GetCollection<WaitlistEntry>(WaitlistStore.Collection).FindAll().OrderBy(e => e.JoinedAtUtc).ToList());

    /// <summary>Bookings confirmed in a slot plus places held there for the waiting list: never above its capacity.</summary>
    public int PlacesTaken(string slotId, DateTime nowUtc) =>
        Bookings().Count(b => b.SlotId == slotId && b.Status == BookingStatus.Confirmed)
        + Waitlist().Count(e => e.OfferedPlace == WaitQueues.Place(slotId) && e.HoldUntilUtc > nowUtc);

    public MemberProfile? Profile(string member) =>
        Read(db => db.GetCollection<MemberProfile>(MemberProfileStore.Collection).FindById(member));

    private T Read<T>(Func<ILiteDatabase, T> query) => host.Services.GetRequiredService<BrigadeDatabase>().ReadNow(query);

    /// <summary>DMs (chat.postMessage) sent to a user's DM channel, as the fake Slack names it.</summary>
    public IReadOnlyList<SlackCall> DirectMessages(string userId) =>
        host.Slack.CallsTo("chat.postMessage").Where(c => c.Arg("channel") == "D" + userId.TrimStart('U', 'W')).ToList();

    /// <summary>Messages posted whose text holds <paramref name="text"/>.</summary>
    public static IReadOnlyList<SlackCall> Sent(BrigadeHost host, string text) =>
        host.Slack.CallsTo("chat.postMessage").Where(c => c.AllText.Contains(text)).ToList();

    /// <summary>Moves the clock to <paramref name="when"/>, then waits for the jobs that fire to post <paramref name="count"/> such messages.</summary>
    public static async Task AdvanceToAsync(BrigadeHost host, DateTimeOffset when, string text, int count)
    {
        host.Clock.Advance(when - host.Clock.GetUtcNow());
        // Polled: waiting for "one more call than now" would miss the calls made between the count and the wait.
        await Eventually.HoldsAsync(() => Sent(host, text).Count >= count, $"fewer than {count} messages holding « {text} » were posted");
        await host.IdleAsync();
    }

    /// <summary>The .ics files uploaded to a user's DM, oldest first, read back by a calendar parser.</summary>
    public IReadOnlyList<Ical.Net.Calendar> CalendarFiles(string userId)
    {
        var channel = "D" + userId.TrimStart('U', 'W');
        var uploads = host.Slack.CallsTo("(upload)");
        var completes = host.Slack.CallsTo("files.completeUploadExternal");
        return completes.Select((c, i) => (c, i)).Where(x => x.c.Arg("channel_id") == channel)
            .Select(x => Ical.Net.Calendar.Load(System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(uploads[x.i].Arg("content_base64")!)))!)
            .ToList();
    }

    public static JsonObject Parse(string body) => JsonNode.Parse(body)!.AsObject();

    /// <summary>A JSON answer as readable text (accents not escaped), for Contains checks.</summary>
    public static string Readable(string body) =>
        SlackCall.Unescaped(JsonNode.Parse(body)!.ToJsonString(new System.Text.Json.JsonSerializerOptions
        {
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }));
}
