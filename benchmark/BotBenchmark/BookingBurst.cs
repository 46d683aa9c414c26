using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Runtime;
using Brigade.Slack.Testing;
using BrigadeBot.Tests.Features.Booking;
using LiteDB;

namespace BotBenchmark;

/// <summary>
/// Group slots of 50 places; every member opens the booking modal, then every view_submission is sent at once over a
/// fixed number of connections. Latency is timed per request on its connection (as wrk does). Afterwards the bot is
/// killed with SIGKILL and the database is opened: each place is either a stored confirmed booking or still free, and
/// every booking a member was told about is on disk. With more than one round, the same process serves a new burst
/// (new slots, new members) after each pause: round 1 is a process that has just started, the next ones a process that
/// has served bookings before, as a long-running bot has.
/// </summary>
public static class BookingBurst
{
    private const int PlacesPerSlot = 50;
    private static readonly TimeSpan PauseBetweenRounds = TimeSpan.FromSeconds(2);
    private const long NoCollectionBytes = 200L * 1024 * 1024;

    private sealed record Submission(string Member, System.Text.Json.Nodes.JsonObject Payload);

    private sealed record RoundResult(TimeSpan Total, double[] SortedLatencies, int Confirmed, int Refused, double WriterMs,
        double[] SortedOpens, double FirstWaveMax, double BotCpuMs = 0, double ProbeCpuMs = 0, double AllocatedBytes = 0, double Collections = 0,
        double PauseMs = 0);

    /// <summary>
    /// One round on one process; <see cref="Stored"/> and <see cref="Left"/> count the whole process, on its last round.
    /// <see cref="WriterUsPerBooking"/> is the writer's time in committed changes during the round (the bot's own
    /// <c>brigade.storage.write.duration</c>) over the bookings confirmed: far steadier from run to run than latency.
    /// <see cref="OpenP50"/> and <see cref="OpenP99"/> time the <c>/brigade reserver</c> that opened each member's modal
    /// before the burst, one at a time (Slack's trigger_id lives 3 s). <see cref="BotCpuUsPerBooking"/> and
    /// <see cref="ProbeCpuUsPerBooking"/> are the CPU time each process used during the burst over the bookings confirmed
    /// (10 ms ticks from /proc): on two cores shared by both, what the probe uses is taken from the bot.
    /// <see cref="FirstWaveMax"/> is the slowest of the first requests, one per connection, sent together at the start:
    /// they wait for each other in the writer's first batches, and with 400 requests their 16 are the p99 when they are
    /// the slowest. <see cref="AllocatedKbPerBooking"/>, <see cref="Collections"/> and <see cref="PauseMs"/> are the bot's
    /// own figures for the burst (its runtime's meter): bytes allocated per booking, collections, and the time every
    /// thread stood still for them.
    /// </summary>
    public sealed record Line(int Connections, int Round, double TotalMs, double BookedPerSecond, double P50, double P90, double P99,
        double Max, int Confirmed, int Refused, int? Stored, int? Left, double WriterUsPerBooking, double OpenP50, double OpenP99,
        double BotCpuUsPerBooking, double ProbeCpuUsPerBooking, double FirstWaveMax, double AllocatedKbPerBooking, double Collections, double PauseMs);

    /// <summary>The lines of one process, and whether every confirmation was stored and every place booked or free.</summary>
    public sealed record ProcessRun(IReadOnlyList<Line> Lines, bool Accounted);

    public static async Task<int> RunAsync(string dll, int members, int slots, int[] connectionCounts, int rounds = 1)
    {
        Console.WriteLine($"{members} members, {slots} group slots of {PlacesPerSlot} places, {rounds} round(s) per process");
        Console.WriteLine($"{"conn",-5} {"round",5} {"total_ms",9} {"booked/s",9} {"p50_ms",7} {"p90_ms",7} {"p99_ms",7} {"max_ms",7} {"confirmed",9} {"refused",8} {"stored",7} {"left",5} {"writer_us",9} {"open_p50",8} {"open_p99",8} {"bot_cpu_us",10} {"probe_cpu_us",12} {"wave1_max",9} {"alloc_kb",8} {"gcs",4} {"gc_ms",6}");
        var failed = false;
        foreach (var connections in connectionCounts)
        {
            var run = await MeasureAsync(dll, members, slots, connections, rounds);
            foreach (var l in run.Lines)
                Console.WriteLine($"{l.Connections,-5} {l.Round,5} {l.TotalMs,9:F0} {l.BookedPerSecond,9:F0} {l.P50,7:F1} {l.P90,7:F1} {l.P99,7:F1} {l.Max,7:F1} {l.Confirmed,9} {l.Refused,8} {l.Stored,7} {l.Left,5} {l.WriterUsPerBooking,9:F0} {l.OpenP50,8:F1} {l.OpenP99,8:F1} {l.BotCpuUsPerBooking,10:F0} {l.ProbeCpuUsPerBooking,12:F0} {l.FirstWaveMax,9:F1} {l.AllocatedKbPerBooking,8:F0} {l.Collections,4:F0} {l.PauseMs,6:F1}");
            if (!run.Accounted) Console.WriteLine("  NOT ACCOUNTED FOR: every confirmation must be stored and every place booked or free");
            failed |= !run.Accounted;
        }
        return failed ? 1 : 0;
    }

    /// <summary>Starts a bot, runs the rounds on it, kills it and counts what is on disk.</summary>
    public static async Task<ProcessRun> MeasureAsync(string dll, int members, int slots, int connections, int rounds)
    {
        await using var slack = await FakeSlackServer.StartAsync();
        await using var bot = BotUnderTest.Start(dll, new Dictionary<string, string>
        {
            ["Slack__BotToken"] = FakeSlackServer.BotToken,
            ["Slack__ApiBaseUrl"] = slack.ApiBaseUrl,
            ["Slack__ResponseUrlPrefixes__0"] = slack.ResponseUrlPrefix,
            ["Slack__UploadUrlPrefixes__0"] = slack.UploadUrlPrefix,
            ["Metrics__Enabled"] = "true",
        });
        if (!await bot.WaitHealthyAsync(TimeSpan.FromSeconds(60))) throw new InvalidOperationException("The bot did not start.");
        var signer = new SlackRequestSigner(BotUnderTest.SigningSecret);
        using var setup = new HttpClient { BaseAddress = new Uri(bot.BaseUrl) };

        await WarmUpProbeAsync(slack, signer, connections);
        var results = new List<RoundResult>();
        for (var round = 1; round <= rounds; round++)
        {
            if (round > 1) await Task.Delay(PauseBetweenRounds);
            // Each round books its own slots (two hours later each round) with its own members.
            var startTime = $"{8 + 2 * round:00}:00";
            var (submissions, opens) = await PrepareAsync(setup, signer, slack, members, slots, startTime, $"U0R{round}M");
            var metricsBefore = await BotMetrics.ReadAsync(setup);
            var (botCpuBefore, probeCpuBefore) = (bot.CpuMilliseconds(), ProbeCpuMilliseconds());
            var burst = await BurstAsync(bot.BaseUrl, signer, submissions, connections);
            var (botCpu, probeCpu) = (bot.CpuMilliseconds() - botCpuBefore, ProbeCpuMilliseconds() - probeCpuBefore);
            var during = await BotMetrics.ReadAsync(setup) - metricsBefore;
            results.Add(burst with
            {
                WriterMs = during.WriterSeconds * 1000, SortedOpens = opens, BotCpuMs = botCpu, ProbeCpuMs = probeCpu,
                AllocatedBytes = during.AllocatedBytes, Collections = during.Collections, PauseMs = during.PauseSeconds * 1000,
            });
        }

        await bot.KillAsync();
        var (stored, capacity) = CountStored(bot.DatabasePath);
        var confirmed = results.Sum(r => r.Confirmed);
        var left = capacity - stored;
        var lines = results.Select((r, i) =>
        {
            var p = r.SortedLatencies;
            var last = i == results.Count - 1;
            return new Line(connections, i + 1, r.Total.TotalMilliseconds, r.Confirmed / r.Total.TotalSeconds, Statistics.Percentile(p, 50),
                Statistics.Percentile(p, 90), Statistics.Percentile(p, 99), p[^1], r.Confirmed, r.Refused, last ? stored : null, last ? left : null,
                r.WriterMs * 1000 / Math.Max(1, r.Confirmed), Statistics.Percentile(r.SortedOpens, 50), Statistics.Percentile(r.SortedOpens, 99),
                r.BotCpuMs * 1000 / Math.Max(1, r.Confirmed), r.ProbeCpuMs * 1000 / Math.Max(1, r.Confirmed), r.FirstWaveMax,
                r.AllocatedBytes / 1024 / Math.Max(1, r.Confirmed), r.Collections, r.PauseMs);
        }).ToList();
        var accounted = stored == confirmed && stored + left == capacity && confirmed + results.Sum(r => r.Refused) == members * rounds
            && results.All(r => r.Confirmed == Math.Min(members, slots * PlacesPerSlot));
        return new ProcessRun(lines, accounted);
    }

    /// <summary>
    /// An animator publishes the weekly slots at <paramref name="startTime"/>; every member opens the booking modal. Returns
    /// the submissions and how long each opening took, sorted.
    /// </summary>
    private static async Task<(List<Submission> Submissions, double[] SortedOpens)> PrepareAsync(HttpClient setup, SlackRequestSigner signer, FakeSlackServer slack,
        int members, int slots, string startTime, string memberPrefix)
    {
        var first = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(3)).ToString("yyyy-MM-dd");
        var dispo = (await OpenModalAsync(setup, signer, slack, "dispo", BotUnderTest.Animator))
            .Set("Date", first).Set("Heure de début", startTime)
            .Set("Nombre de semaines de répétition (0 = une seule fois)", (slots - 1).ToString())
            .Set("Nombre de places (1 = individuel, plus = séance de groupe)", PlacesPerSlot.ToString())
            .Set("Lien de visioconférence", "https://meet.example.org/brigade");
        await ExpectClosedAsync(setup, signer.Interaction(dispo.Submission(BotUnderTest.Animator)));

        var submissions = new List<Submission>();
        var opens = new List<double>();
        for (var i = 0; i < members; i++)
        {
            var member = $"{memberPrefix}{i:0000}";
            var opened = Stopwatch.GetTimestamp();
            var form = await OpenModalAsync(setup, signer, slack, "reserver", member);
            opens.Add(Stopwatch.GetElapsedTime(opened).TotalMilliseconds);
            form.Set("Thème", form.Options("Thème")[0]).Set("Créneau", form.Options("Créneau")[i % slots]);
            if (form.Has("Votre catégorie de profil")) form.Set("Votre catégorie de profil", form.Options("Votre catégorie de profil")[0]);
            submissions.Add(new Submission(member, form.Submission(member)));
        }
        return (submissions, opens.Order().ToArray());
    }

    /// <summary>Sends every submission at once over <paramref name="connections"/> connections.</summary>
    private static async Task<RoundResult> BurstAsync(string baseUrl, SlackRequestSigner signer, List<Submission> submissions, int connections)
    {
        var queue = new ConcurrentQueue<HttpRequestMessage>(submissions.Select(s => signer.Interaction(s.Payload)));
        var latencies = new ConcurrentBag<(long Sent, double Ms)>();
        var confirmed = 0;
        var refused = 0;
        // The probe collects its own garbage before the clock, and not while it runs: on two cores, the probe's background
        // collection of what it had kept (every modal the fake Slack recorded) took one core for 20 ms of a round 1.
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var noCollection = TryStartNoCollectionRegion();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(_ => Task.Run(async () =>
        {
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1 }) { BaseAddress = new Uri(baseUrl) };
            while (queue.TryDequeue(out var request))
            {
                var sent = Stopwatch.GetTimestamp();
                using var response = await client.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                latencies.Add((sent, Stopwatch.GetElapsedTime(sent).TotalMilliseconds));
                if (response.StatusCode == HttpStatusCode.OK && body.Length == 0) Interlocked.Increment(ref confirmed);
                else Interlocked.Increment(ref refused);
            }
        })));
        if (noCollection && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion) GC.EndNoGCRegion();
        var firstWave = latencies.OrderBy(l => l.Sent).Take(connections).Max(l => l.Ms);
        return new RoundResult(clock.Elapsed, latencies.Select(l => l.Ms).Order().ToArray(), confirmed, refused, 0, [], firstWave);
    }

    /// <summary>
    /// Runs the burst's own client code once, against the fake Slack (which answers 404; the bot sees nothing). The
    /// probe's first use of that code (compiling it, loading its types) took 8–11 ms of the probe's CPU before the bot
    /// received the first request, and round 1 counted it in its first wave as the bot's latency.
    /// </summary>
    private static Task WarmUpProbeAsync(FakeSlackServer slack, SlackRequestSigner signer, int connections) =>
        BurstAsync(slack.BaseUrl, signer, [.. Enumerable.Range(0, connections * 4)
            .Select(i => new Submission($"U0WARM{i:0000}", new System.Text.Json.Nodes.JsonObject { ["type"] = "view_submission" }))], connections);

    /// <summary>
    /// A region without collections for the burst; false where the collector cannot promise that many bytes (another
    /// collector configuration refuses the size): the burst then runs without it.
    /// </summary>
    private static bool TryStartNoCollectionRegion()
    {
        try
        {
            return GC.TryStartNoGCRegion(NoCollectionBytes);
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    private static double ProbeCpuMilliseconds() => Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;

    private static (int Confirmed, int Capacity) CountStored(string path)
    {
        using var db = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct, ReadOnly = false });
        var confirmed = db.GetCollection("bookings").Find(Query.EQ("Status", "Confirmed")).Count();
        var capacity = db.GetCollection("booking_slots").FindAll().Sum(s => s["Capacity"].AsInt32);
        return (confirmed, capacity);
    }

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
