using System.Net;
using Brigade.Slack.Testing;
using BrigadeBot.Features.Booking;
using BrigadeBot.Tests.Features.Booking;
using BrigadeBot.Tests.Support;
using LiteDB;

namespace BrigadeBot.Tests.Hosting;

/// <summary>The built bot as a real process, killed with SIGKILL right after it confirmed a booking.</summary>
public sealed class CrashDurabilityTests
{
    [Fact]
    public async Task A_booking_confirmed_to_a_member_survives_kill_9_right_after_the_confirmation()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        var folder = TestFolders.Create("brigade-kill-");
        var database = Path.Combine(folder, "brigade.db");
        await using var bot = BotProcess.Start(new Dictionary<string, string>
        {
            ["Slack__SigningSecret"] = BrigadeHost.SigningSecret,
            ["Slack__BotToken"] = FakeSlackServer.BotToken,
            ["Slack__ApiBaseUrl"] = slack.ApiBaseUrl,
            ["Slack__ResponseUrlPrefixes__0"] = slack.ResponseUrlPrefix,
            ["Slack__UploadUrlPrefixes__0"] = slack.UploadUrlPrefix,
            ["Storage__DatabasePath"] = database,
            ["Brigade__Animators__0"] = BrigadeHost.Animator,
        });
        await bot.WaitStartedAsync();
        using var client = new HttpClient { BaseAddress = new Uri(bot.BaseUrl) };
        var signer = new SlackRequestSigner(BrigadeHost.SigningSecret);

        var day = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(3)).ToString("yyyy-MM-dd");
        var dispo = await OpenModalAsync(client, signer, slack, "dispo", BrigadeHost.Animator);
        dispo.Set("Date", day).Set("Heure de début", "10:00").Set("Lien de visioconférence", BookingFlow.Link);
        await SubmitAsync(client, signer, dispo, BrigadeHost.Animator);

        var booking = await OpenModalAsync(client, signer, slack, "reserver", BrigadeHost.Member);
        booking.Set("Thème", "Cybersécurité").Set("Créneau", booking.Options("Créneau")[0])
            .Set("Votre catégorie de profil", "Étudiant·e");
        await SubmitAsync(client, signer, booking, BrigadeHost.Member);

        // The modal closing is the first confirmation the member sees: the process dies right then.
        bot.Kill();
        await bot.WaitForExitAsync(TimeSpan.FromSeconds(30));

        using var reopened = new LiteDatabase(new ConnectionString { Filename = database, Connection = ConnectionType.Direct });
        var stored = Assert.Single(reopened.GetCollection<Booking>(BookingStore.Collection).FindAll());
        Assert.Equal(BrigadeHost.Member, stored.MemberId);
    }

    private static async Task<ModalForm> OpenModalAsync(HttpClient client, SlackRequestSigner signer, FakeSlackServer slack,
        string text, string user)
    {
        var before = slack.CallsTo("views.open").Count;
        var response = await client.SendAsync(signer.Command(SlackForms.Command(text, user, responseUrl: slack.ResponseUrl())));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return ModalForm.From((await slack.WaitForAsync("views.open", before + 1))[^1]);
    }

    private static async Task SubmitAsync(HttpClient client, SlackRequestSigner signer, ModalForm form, string user)
    {
        var response = await client.SendAsync(signer.Interaction(form.Submission(user)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }
}
