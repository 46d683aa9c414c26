using System.Text;
using BrigadeBot.Features.Booking;
using BrigadeBot.Features.Codev;
using BrigadeBot.Features.Common.Privacy;
using BrigadeBot.Features.Privacy;
using BrigadeBot.Features.Welcome;
using BrigadeBot.Tests.Features.Codev;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Features.Privacy;

public sealed class ErasureTests
{
    private const string Member = BrigadeHost.Member;
    private const string Other = ExportTests.Other;

    /// <summary>The member: a held session, a coming one, a profile and consents, a proposal, a vote, a registration, a welcome,
    /// and an animator who exported their data. The other member shares the group session and the meeting.</summary>
    private static async Task<(BrigadeHost Host, PrivacyFlow Flow)> FullMemberAsync()
    {
        var host = await BrigadeHost.StartAsync();
        var flow = new PrivacyFlow(host);
        await ExportTests.TwoMembersAsync(host, flow);
        foreach (var booking in flow.Booking.Bookings()) await flow.HoldAsync(booking);
        await flow.Booking.PublishAsync("2026-12-09", "14:00");
        Assert.Equal("", await flow.Booking.BookAsync("cybersecurite", "mercredi 9 décembre"));
        await host.Services.GetRequiredService<WelcomeStore>().CompleteAsync(Member, default);
        await host.CommandAsync($"mes-donnees <@{Member}>", BrigadeHost.Animator);
        await host.IdleAsync();
        return (host, flow);
    }

    [Fact]
    public async Task Oublier_first_says_what_will_happen_and_erases_nothing_until_confirmed()
    {
        var (host, flow) = await FullMemberAsync();
        await using var _ = host;

        var form = await flow.OpenAsync("oublier");

        var text = form.View.Readable();
        Assert.Contains("Oublier mes données", text);
        Assert.Contains("1 accompagnement(s) à venir seront annulés", text);
        Assert.Contains("2 réservation(s) au total", text);
        Assert.Contains("1 proposition(s)", text);
        Assert.Contains("statistiques anonymes du programme ne changent pas", text);
        Assert.Equal(2, flow.Booking.Bookings().Count(b => b.MemberId == Member));
    }

    [Fact]
    public async Task After_oublier_the_database_file_holds_the_member_id_nowhere_and_statistics_are_unchanged()
    {
        var (host, flow) = await FullMemberAsync();
        var factsBefore = await FactsAsync(flow);
        Assert.Equal(2, factsBefore.Count);
        var mine = (await host.Services.GetRequiredService<ProposalStore>().OpenRankedAsync()).Single(p => p.AuthorId == Member);

        var done = await flow.SubmitAsync(await flow.OpenAsync("oublier"));

        Assert.Equal("update", done["response_action"]?.ToString());
        Assert.Contains("vos données sont effacées", done.Readable());
        Assert.Equal(factsBefore, await FactsAsync(flow));
        var toldAnimator = Assert.Single(flow.Booking.DirectMessages(BrigadeHost.Animator), c => c.AllText.Contains("effacement"));
        Assert.Contains("mercredi 9 décembre", toldAnimator.AllText);
        Assert.DoesNotContain(Member, toldAnimator.AllText);
        Assert.Contains(host.Slack.CallsTo("chat.delete"), c => c.Arg("ts") == mine.MessageTs);
        Assert.Single(flow.Booking.Bookings(), b => b.MemberId == Other);
        Assert.Equal(Other, (await host.Services.GetRequiredService<ProposalStore>().FindAsync(mine.Id + 1))?.AuthorId);
        await host.DisposeAsync(keepSlack: true);

        var documents = PrivacyFlow.ScanDatabaseFile(host.DatabasePath);
        Assert.Contains(documents, d => d.Collection == SessionFactStore.Collection);
        Assert.DoesNotContain(documents, d => d.Json.Contains(Member, StringComparison.Ordinal));
        var audit = documents.Where(d => d.Collection == AuditStore.Collection).Select(d => d.Json).ToList();
        Assert.Equal(2, audit.Count); // the animator's export and the erasure itself
        Assert.All(audit, row => Assert.Matches("tomb-[0-9a-f]{16}", row));
        Assert.Contains(documents, d => d.Json.Contains(Other, StringComparison.Ordinal));
        await host.Slack.DisposeAsync();
    }

    [Fact]
    public async Task After_oublier_and_a_checkpoint_the_bytes_of_both_database_files_hold_neither_the_id_nor_the_free_texts()
    {
        var (host, flow) = await FullMemberAsync();
        await flow.SubmitAsync(await flow.OpenAsync("oublier"));
        await host.DisposeAsync(keepSlack: true); // closing checkpoints the log into the data file

        var files = new[] { host.DatabasePath, Path.Combine(host.DataFolder, "brigade-log.db") }.Where(File.Exists).ToList();
        var bytes = files.SelectMany(File.ReadAllBytes).ToArray();
        foreach (var trace in new[] { Member, ExportTests.MyNote, ExportTests.MyProblem })
            Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(trace)) < 0, $"« {trace} » is still in the bytes of {string.Join(", ", files)}");
        Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(ExportTests.OtherProblem)) >= 0); // the scan does read the data
        Assert.True(bytes.AsSpan().IndexOf("tomb-"u8) >= 0);
        await host.Slack.DisposeAsync();
    }

    [Fact]
    public async Task An_erased_member_can_start_again_as_a_new_person()
    {
        var (host, flow) = await FullMemberAsync();
        await using var _ = host;
        await flow.SubmitAsync(await flow.OpenAsync("oublier"));

        var form = await flow.Booking.OpenBookingAsync();

        Assert.True(form.Has("Votre catégorie de profil")); // the notice is shown again: nothing of the old profile is left
        Assert.Empty(await host.Services.GetRequiredService<ProposalStore>().OpenByAsync(Member));
    }

    [Fact]
    public async Task Only_an_animator_may_erase_someone_else_and_it_is_audited()
    {
        var (host, flow) = await FullMemberAsync();
        await using var _ = host;

        var refused = await (await host.CommandAsync($"oublier <@{Other}>", Member)).ReadObjectAsync();
        Assert.Contains("que vos propres données", refused.Readable());
        var forged = await flow.OpenAsync("oublier");
        await host.InteractionAsync(forged.Submission(Member, privateMetadata: Other));
        Assert.Single(flow.Booking.Bookings(), b => b.MemberId == Other);

        await flow.SubmitAsync(await flow.OpenAsync($"oublier <@{Other}|autre>", BrigadeHost.Animator), BrigadeHost.Animator);

        Assert.DoesNotContain(flow.Booking.Bookings(), b => b.MemberId == Other);
        var erase = (await host.Services.GetRequiredService<AuditStore>().AllAsync()).Single(e => e.Action == AuditActions.Erase);
        Assert.Equal(BrigadeHost.Animator, erase.Actor);
        Assert.StartsWith("tomb-", erase.Subject);
    }

    private static async Task<List<(string, DateOnly, bool, string, string)>> FactsAsync(PrivacyFlow flow) =>
        (await flow.FactsAsync()).Select(f => (f.ThemeSlug, f.Day, f.Group, f.Category, f.Participant)).Order().ToList();
}
