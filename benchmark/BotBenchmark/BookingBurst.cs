using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Brigade.Slack.Testing;
using BrigadeBot.Tests.Features.Booking;
using LiteDB;

namespace BotBenchmark;

/// <summary>
/// Group slots of 50 places; every member opens the booking modal, then every view_submission is sent at once over a
/// fixed number of connections. Latency is timed per request on its connection (as wrk does). Afterwards the bot is
/// killed with SIGKILL and the database is opened: each place is either a stored confirmed booking or still free, and
/// every booking a member was told about is on disk.
/// </summary>
public static class BookingBurst
{
    private const int PlacesPerSlot = 50;

    public static async Task<int> RunAsync(string dll, int members, int slots, int[] connectionCounts)
    {
        Console.WriteLine($"{members} members, {slots} group slots of {PlacesPerSlot} places");
        Console.WriteLine($"{"conn",-5} {"total_ms",9} {"booked/s",9} {"p50_ms",7} {"p90_ms",7} {"p99_ms",7} {"max_ms",7} {"confirmed",9} {"refused",8} {"stored",7} {"left",5}");
        var failed = false;
        foreach (var connections in connectionCounts)
            failed |= !await RunOnceAsync(dll, members, slots, connections);
        return failed ? 1 : 0;
    }

    private static async Task<bool> RunOnceAsync(string dll, int members, int slots, int connections)
    {
        await using var slack = await FakeSlackServer.StartAsync();
        await using var bot = BotUnderTest.Start(dll, new Dictionary<string, string>
        {
            ["Slack__BotToken"] = FakeSlackServer.BotToken,
            ["Slack__ApiBaseUrl"] = slack.ApiBaseUrl,
            ["Slack__ResponseUrlPrefixes__0"] = slack.ResponseUrlPrefix,
            ["Slack__UploadUrlPrefixes__0"] = slack.UploadUrlPrefix,
        });
        if (!await bot.WaitHealthyAsync(TimeSpan.FromSeconds(60))) throw new InvalidOperationException("The bot did not start.");
        var signer = new SlackRequestSigner(BotUnderTest.SigningSecret);
        using var setup = new HttpClient { BaseAddress = new Uri(bot.BaseUrl) };

        var first = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(3)).ToString("yyyy-MM-dd");
        var dispo = (await OpenModalAsync(setup, signer, slack, "dispo", BotUnderTest.Animator))
            .Set("Date", first).Set("Heure de début", "10:00")
            .Set("Nombre de semaines de répétition (0 = une seule fois)", (slots - 1).ToString())
            .Set("Nombre de places (1 = individuel, plus = séance de groupe)", PlacesPerSlot.ToString())
            .Set("Lien de visioconférence", "https://meet.example.org/brigade");
        await ExpectClosedAsync(setup, signer.Interaction(dispo.Submission(BotUnderTest.Animator)));

        var submissions = new List<(string Member, System.Text.Json.Nodes.JsonObject Payload)>();
        for (var i = 0; i < members; i++)
        {
            var member = $"U0BENCH{i:0000}";
            var form = await OpenModalAsync(setup, signer, slack, "reserver", member);
            form.Set("Thème", form.Options("Thème")[0]).Set("Créneau", form.Options("Créneau")[i % slots]);
            if (form.Has("Votre catégorie de profil")) form.Set("Votre catégorie de profil", form.Options("Votre catégorie de profil")[0]);
            submissions.Add((member, form.Submission(member)));
        }

        var queue = new ConcurrentQueue<HttpRequestMessage>(submissions.Select(s => signer.Interaction(s.Payload)));
        var latencies = new ConcurrentBag<double>();
        var confirmed = 0;
        var refused = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(_ => Task.Run(async () =>
        {
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1 }) { BaseAddress = new Uri(bot.BaseUrl) };
            while (queue.TryDequeue(out var request))
            {
                var sent = Stopwatch.GetTimestamp();
                using var response = await client.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                latencies.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                if (response.StatusCode == HttpStatusCode.OK && body.Length == 0) Interlocked.Increment(ref confirmed);
                else Interlocked.Increment(ref refused);
            }
        })));
        var total = clock.Elapsed;

        await bot.KillAsync();
        var (stored, capacity) = CountStored(bot.DatabasePath);
        var left = capacity - stored;
        var sorted = latencies.Order().ToArray();
        Console.WriteLine($"{connections,-5} {total.TotalMilliseconds,9:F0} {confirmed / total.TotalSeconds,9:F0} {P(sorted, 50),7:F1} {P(sorted, 90),7:F1} {P(sorted, 99),7:F1} {sorted[^1],7:F1} {confirmed,9} {refused,8} {stored,7} {left,5}");
        var accounted = stored == confirmed && stored + left == capacity && confirmed + refused == members
            && confirmed == Math.Min(members, capacity);
        if (!accounted) Console.WriteLine("  NOT ACCOUNTED FOR: every confirmation must be stored and every place booked or free");
        return accounted;
    }

    private static (int Confirmed, int Capacity) CountStored(string path)
    {
        using var db = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct, ReadOnly = false });
        var confirmed = db.GetCollection("bookings").Find(Query.EQ("Status", "Confirmed")).Count();
        var capacity = db.GetCollection("booking_slots").FindAll().Sum(s => s["Capacity"].AsInt32);
        return (confirmed, capacity);
    }

    private static double P(double[] sorted, int percentile) =>
        sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static async Task<ModalForm> OpenModalAsync(HttpClient client, SlackRequestSigner signer, FakeSlackServer slack,
        string text, string user)
    {
        var before = slack.CallsTo("views.open").Count;
        using var response = await client.SendAsync(signer.Command(SlackForms.Command(text, user, responseUrl: slack.ResponseUrl())));
        if (response.StatusCode != HttpStatusCode.OK || slack.CallsTo("views.open").Count <= before)
            throw new InvalidOperationException($"/brigade {text} opened no modal: {await response.Content.ReadAsStringAsync()}");
        return ModalForm.From(slack.CallsTo("views.open")[^1]);
    }

    private static async Task ExpectClosedAsync(HttpClient client, HttpRequestMessage request)
    {
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK || body.Length != 0)
            throw new InvalidOperationException($"The slots were not published: {(int)response.StatusCode} {body}");
    }
}
