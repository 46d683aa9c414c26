using System.Net;
using System.Text.Json.Nodes;
using Brigade.Slack.Testing;
using Brigade.Slack.Testing.SocketMode;
using BrigadeBot.Tests.Features.Booking;

namespace BotBenchmark;

/// <summary>
/// Every sub-command once, as a member and as an animator, a booking made and listed, the App Home opened, a command
/// over Socket Mode: against a
/// published bot run as a process, so that a build the tests do not run (a native one) is seen to answer everything
/// without a server error or an error in its log. Returns 0 when it did.
/// </summary>
public static class FeatureTour
{
    private const string Member = "U0TOURMEMBER";
    private const string CodevChannel = "C0TOURCODEV";

    private static readonly (string Text, string User)[] Commands =
    [
        ("aide", Member), ("n-importe-quoi", Member),
        ("reserver", Member), ("mes-reservations", Member), ("dispo", Member), ("agenda", BotUnderTest.Animator),
        ("veille", BotUnderTest.Animator), ("veille liste", BotUnderTest.Animator),
        ("fiche", Member), ("fiche cybersécurité", Member), ("fiche ajouter", BotUnderTest.Animator),
        ("proposer Comment rejoindre un public plus jeune ?", Member), ("sujets", Member),
        ("codev", BotUnderTest.Animator), ("codev liste", BotUnderTest.Animator), ("codev", Member),
        ("evenement", BotUnderTest.Animator), ("evenements", Member),
        ("bilan", BotUnderTest.Animator), ("bilan 2026", BotUnderTest.Animator), ("bilan", Member),
        ("confidentialite", Member), ("consentements", Member), ("mes-donnees", Member), ("corriger", Member),
        ("mes-donnees <@" + Member + ">", BotUnderTest.Animator), ("oublier", Member),
    ];

    public static async Task<int> RunAsync(string bot)
    {
        await using var slack = await FakeSlackServer.StartAsync();
        await using var sockets = await FakeSocketModeServer.StartAsync(slack);
        await using var process = BotUnderTest.Start(bot, new Dictionary<string, string>
        {
            ["Slack__BotToken"] = FakeSlackServer.BotToken,
            ["Slack__AppToken"] = FakeSlackServer.AppToken,
            ["Slack__ApiBaseUrl"] = slack.ApiBaseUrl,
            ["Slack__ResponseUrlPrefixes__0"] = slack.ResponseUrlPrefix,
            ["Slack__UploadUrlPrefixes__0"] = slack.UploadUrlPrefix,
            ["Brigade__Channels__Codev"] = CodevChannel,
            ["Logging__Console__LogToStandardErrorThreshold"] = "Error",
            ["Metrics__Enabled"] = "true",
        });
        if (!await process.WaitHealthyAsync(TimeSpan.FromSeconds(60))) throw new InvalidOperationException("The bot did not start.");
        var signer = new SlackRequestSigner(BotUnderTest.SigningSecret);
        using var client = new HttpClient { BaseAddress = new Uri(process.BaseUrl) };
        var failures = new List<string>();
        var trigger = 0;

        async Task<(HttpStatusCode Status, string Body)> SendAsync(string step, HttpRequestMessage request)
        {
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            Console.WriteLine($"{(int)response.StatusCode}  {step}");
            if ((int)response.StatusCode >= 500) failures.Add($"{step}: {(int)response.StatusCode}");
            return (response.StatusCode, body);
        }

        Task<(HttpStatusCode, string)> CommandAsync(string text, string user) => SendAsync($"/brigade {text} ({user})",
            signer.Command(SlackForms.Command(text, user, responseUrl: slack.ResponseUrl(), triggerId: $"tour.{++trigger}")));

        async Task<ModalForm> OpenAsync(string text, string user)
        {
            var id = $"tour.{++trigger}";
            await SendAsync($"/brigade {text} ({user}), modal", signer.Command(SlackForms.Command(text, user, responseUrl: slack.ResponseUrl(), triggerId: id)));
            var opened = slack.CallsTo("views.open").LastOrDefault(c => c.Arg("trigger_id") == id)
                ?? throw new InvalidOperationException($"/brigade {text} opened no modal");
            return ModalForm.From(opened);
        }

        var dispo = (await OpenAsync("dispo", BotUnderTest.Animator))
            .Set("Date", DateOnly.FromDateTime(DateTime.UtcNow.AddDays(3)).ToString("yyyy-MM-dd")).Set("Heure de début", "10:00")
            .Set("Nombre de semaines de répétition (0 = une seule fois)", "1")
            .Set("Nombre de places (1 = individuel, plus = séance de groupe)", "5")
            .Set("Lien de visioconférence", "https://meet.example.org/brigade");
        await SendAsync("slots published", signer.Interaction(dispo.Submission(BotUnderTest.Animator)));

        var booking = await OpenAsync("reserver", Member);
        booking.Set("Thème", booking.Options("Thème")[0]).Set("Créneau", booking.Options("Créneau")[0]);
        if (booking.Has("Votre catégorie de profil")) booking.Set("Votre catégorie de profil", booking.Options("Votre catégorie de profil")[0]);
        var (_, booked) = await SendAsync("booking submitted", signer.Interaction(booking.Submission(Member)));
        if (booked.Length != 0) failures.Add($"booking refused: {booked}");
        await slack.WaitForAsync("files.completeUploadExternal", timeout: TimeSpan.FromSeconds(10)); // the .ics file

        foreach (var (text, user) in Commands) await CommandAsync(text, user);

        // The full report: a CSV per table and the chart, by DM.
        var (_, report) = await CommandAsync("bilan", BotUnderTest.Animator);
        var period = SoakTraffic.ButtonValues(JsonNode.Parse(report), "impact.report.files").FirstOrDefault();
        if (period is null) failures.Add("the report offered no files");
        else
        {
            var uploads = slack.CallsTo("files.completeUploadExternal").Count;
            await SendAsync("report files asked", signer.Interaction(SoakTraffic.Click(slack, BotUnderTest.Animator, "impact.report.files", period)));
            await slack.WaitForAsync("files.completeUploadExternal", uploads + 2, TimeSpan.FromSeconds(20));
        }

        var home = SlackFixtures.Json("event_app_home_opened.json");
        home["event"]!["user"] = Member;
        await SendAsync("App Home opened", signer.Event(home));
        await slack.WaitForAsync("views.publish", timeout: TimeSpan.FromSeconds(10));

        // The same bot over Socket Mode: a command arrives on the socket and its answer goes back in the ack frame.
        var socket = await sockets.WaitForConnectionAsync(1, TimeSpan.FromSeconds(10));
        var envelope = SlackFixtures.Json("socket_slash_commands_envelope.json");
        envelope["payload"]!["command"] = "/brigade";
        envelope["payload"]!["text"] = "aide";
        envelope["payload"]!["user_id"] = Member;
        await socket.SendAsync(envelope);
        var ack = await socket.WaitForAckAsync(envelope["envelope_id"]!.ToString(), timeout: TimeSpan.FromSeconds(10));
        var answered = ack["payload"]?["response_type"]?.ToString() == "ephemeral" && ack.ToJsonString().Contains("/brigade aide");
        Console.WriteLine($"{(answered ? "ack" : "BAD")}  /brigade aide over Socket Mode");
        if (!answered) failures.Add($"Socket Mode: the help was not in the ack: {ack.ToJsonString()}");

        // Follow-ups (DMs, files, Home refreshes) finish after the acknowledgements.
        if (!await FollowUpsDoneAsync(client, TimeSpan.FromSeconds(30))) failures.Add("follow-ups still queued after 30 s");
        failures.AddRange(process.Errors.Select(e => "logged: " + e));
        Console.WriteLine($"Slack calls: {string.Join(", ", slack.Calls.GroupBy(c => c.Method).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"))}");
        Console.WriteLine(failures.Count == 0 ? "tour: every step answered, no error logged" : "tour FAILED:\n  " + string.Join("\n  ", failures));
        return failures.Count == 0 ? 0 : 1;
    }

    /// <summary>Polls the bot's follow-up queue depth (its metrics) until it has been empty twice in a row.</summary>
    private static async Task<bool> FollowUpsDoneAsync(HttpClient client, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var empty = 0;
        while (DateTime.UtcNow < deadline)
        {
            var metrics = await client.GetStringAsync("/metrics");
            var depth = metrics.Split('\n').FirstOrDefault(l => l.StartsWith("brigade_slack_followup_depth{", StringComparison.Ordinal));
            empty = depth is not null && depth.EndsWith(" 0", StringComparison.Ordinal) ? empty + 1 : 0;
            if (empty == 2) return true;
            await Task.Delay(50);
        }
        return false;
    }
}
