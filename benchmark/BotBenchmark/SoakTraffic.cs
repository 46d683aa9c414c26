using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Brigade.Slack.Testing;
using BrigadeBot.Tests.Features.Booking;

namespace BotBenchmark;

/// <summary>
/// What members do during a soak, one move at a time, and the tallies the end check needs. <see cref="Moves"/> is the
/// mix: add a line (name, weight, move) to send a new kind of traffic.
/// </summary>
public sealed class SoakTraffic(HttpClient client, SlackRequestSigner signer, FakeSlackServer slack, int members)
{
    private const string CodevChannel = "C0SOAKCODEV";
    private long triggers;
    private readonly ConcurrentDictionary<string, int> statuses = new();
    private readonly ConcurrentBag<string> proposals = [];
    private readonly ConcurrentDictionary<string, byte> membersWithBookings = new();

    public static Dictionary<string, string> Settings => new() { ["Brigade__Channels__Codev"] = CodevChannel };

    public long Confirmed;
    public long Refused;
    public long Cancelled;
    public long Votes;

    /// <summary>The traffic mix: name, relative weight, move.</summary>
    public IReadOnlyList<(string Name, int Weight, Func<Task> Move)> Moves =>
    [
        ("aide", 3, () => CommandAsync("aide", Member())),
        ("mes-reservations", 2, () => CommandAsync("mes-reservations", Member())),
        ("sujets", 1, () => CommandAsync("sujets", Member())),
        ("booking", 4, BookAsync),
        ("cancellation", 2, CancelAsync),
        ("proposal", 1, ProposeAsync),
        ("vote", 3, VoteAsync),
    ];

    /// <summary>Responses by HTTP status, over every request the moves sent.</summary>
    public IReadOnlyDictionary<string, int> Statuses => statuses;

    /// <summary>The animator publishes weekly group slots for half a year: room for every booking of the run.</summary>
    public async Task PublishSlotsAsync()
    {
        foreach (var start in new[] { "10:00", "14:00" })
        {
            var form = (await OpenModalAsync("dispo", BotUnderTest.Animator))!
                .Set("Date", DateOnly.FromDateTime(DateTime.UtcNow.AddDays(3)).ToString("yyyy-MM-dd")).Set("Heure de début", start)
                .Set("Nombre de semaines de répétition (0 = une seule fois)", "25")
                .Set("Nombre de places (1 = individuel, plus = séance de groupe)", "40")
                .Set("Lien de visioconférence", "https://meet.example.org/brigade");
            var (status, body) = await SendAsync(signer.Interaction(form.Submission(BotUnderTest.Animator)));
            if (status != HttpStatusCode.OK || body.Length != 0) throw new InvalidOperationException($"Slots not published: {status} {body}");
        }
    }

    private async Task BookAsync()
    {
        var member = Member();
        var form = await OpenModalAsync("reserver", member);
        if (form is null) return;
        var slots = form.Options("Créneau");
        form.Set("Thème", form.Options("Thème")[Random.Shared.Next(form.Options("Thème").Count)])
            .Set("Créneau", slots[Random.Shared.Next(slots.Count)]);
        if (form.Has("Votre catégorie de profil")) form.Set("Votre catégorie de profil", form.Options("Votre catégorie de profil")[0]);
        var (status, body) = await SendAsync(signer.Interaction(form.Submission(member)));
        if (status != HttpStatusCode.OK) return;
        if (body.Length == 0)
        {
            Interlocked.Increment(ref Confirmed);
            membersWithBookings[member] = 0;
        }
        else Interlocked.Increment(ref Refused); // full slot or the member's limit: answered in the modal
    }

    private async Task CancelAsync()
    {
        var member = membersWithBookings.Keys.OrderBy(_ => Random.Shared.Next()).FirstOrDefault();
        if (member is null) return;
        var (status, body) = await SendAsync(signer.Command(SlackForms.Command("mes-reservations", member, responseUrl: slack.ResponseUrl())));
        if (status != HttpStatusCode.OK) return;
        var bookingIds = ButtonValues(JsonNode.Parse(body.Length == 0 ? "{}" : body), "booking.cancel").ToList();
        if (bookingIds.Count == 0)
        {
            membersWithBookings.TryRemove(member, out _);
            return;
        }
        var (clicked, _) = await SendAsync(signer.Interaction(Click(slack, member, "booking.cancel", bookingIds[0])));
        if (clicked == HttpStatusCode.OK) Interlocked.Increment(ref Cancelled);
    }

    private async Task ProposeAsync()
    {
        var before = slack.CallsTo("chat.postMessage").Count;
        var topic = $"Comment faire connaître notre saison numéro {Interlocked.Increment(ref triggers)} ?";
        await CommandAsync("proposer " + topic, Member());
        foreach (var call in slack.CallsTo("chat.postMessage").Skip(before))
            foreach (var id in ButtonValues(call.Arguments, "codev.vote")) proposals.Add(id);
    }

    private async Task VoteAsync()
    {
        var known = proposals.ToArray();
        if (known.Length == 0) return;
        var (status, _) = await SendAsync(signer.Interaction(Click(slack, Member(), "codev.vote", known[Random.Shared.Next(known.Length)], CodevChannel)));
        if (status == HttpStatusCode.OK) Interlocked.Increment(ref Votes);
    }

    private string Member() => $"U0SOAK{Random.Shared.Next(members):000}";

    private Task<(HttpStatusCode, string)> CommandAsync(string text, string member) =>
        SendAsync(signer.Command(SlackForms.Command(text, member, responseUrl: slack.ResponseUrl(), triggerId: NextTrigger())));

    private async Task<ModalForm?> OpenModalAsync(string text, string member)
    {
        var trigger = NextTrigger();
        var (status, _) = await SendAsync(signer.Command(SlackForms.Command(text, member, responseUrl: slack.ResponseUrl(), triggerId: trigger)));
        var opened = slack.CallsTo("views.open").LastOrDefault(c => c.Arg("trigger_id") == trigger);
        return status == HttpStatusCode.OK && opened is not null ? ModalForm.From(opened) : null;
    }

    /// <summary>A signed-ready block_actions payload: <paramref name="member"/> clicks a button of a message.</summary>
    internal static JsonObject Click(FakeSlackServer slack, string member, string actionId, string value, string channel = "D0SOAK")
    {
        var payload = SlackFixtures.Json("block_actions_button.json");
        payload["user"]!["id"] = member;
        payload["channel"]!["id"] = channel;
        payload["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = "1764511200.000001", ["channel_id"] = channel };
        payload["response_url"] = slack.ResponseUrl("soak");
        payload["actions"]![0]!["action_id"] = actionId;
        payload["actions"]![0]!["value"] = value;
        return payload;
    }

    private string NextTrigger() => $"{Interlocked.Increment(ref triggers)}.soak.trigger";

    private async Task<(HttpStatusCode, string)> SendAsync(HttpRequestMessage request)
    {
        using (request)
        using (var response = await client.SendAsync(request))
        {
            statuses.AddOrUpdate(((int)response.StatusCode).ToString(), 1, (_, n) => n + 1);
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }
    }

    /// <summary>The values of every button with <paramref name="actionId"/> anywhere in a message or view.</summary>
    internal static IEnumerable<string> ButtonValues(JsonNode? node, string actionId) => node switch
    {
        JsonObject o when o["action_id"]?.ToString() == actionId && o["value"] is { } v => [v.ToString()],
        JsonObject o => o.SelectMany(p => ButtonValues(p.Value, actionId)),
        JsonArray a => a.SelectMany(n => ButtonValues(n, actionId)),
        JsonValue v when v.TryGetValue<string>(out var s) && s.StartsWith('[') => ButtonValues(TryParse(s), actionId),
        _ => [],
    };

    private static JsonNode? TryParse(string json)
    {
        try { return JsonNode.Parse(json); }
        catch (System.Text.Json.JsonException) { return null; }
    }
}
