using System.Text.Json.Nodes;
using BrigadeBot.Features.Common.Privacy;
using static BrigadeBot.Tests.Features.Privacy.MemberDataUnderTest;

namespace BrigadeBot.Tests.Features.Privacy;

/// <summary>The erasure across every store as one write, its audit row, and the export gathered from every store.</summary>
public sealed class MemberDataTests
{
    [Fact]
    public async Task A_member_s_erasure_empties_every_store_keeps_the_others_and_audits_under_a_tombstone_only()
    {
        using var privacy = new MemberDataUnderTest();
        await privacy.AddAsync(privacy.Bookings, Member, 2);
        await privacy.AddAsync(privacy.Notes, Member, 1);
        await privacy.AddAsync(privacy.Notes, Other, 1);

        var removed = await privacy.Data.EraseAsync(Member, Member, default);

        Assert.Equal((2, 1), (removed["bookings"], removed["notes"]));
        Assert.Equal((0, 0, 1), (privacy.Count(privacy.Bookings, Member), privacy.Count(privacy.Notes, Member), privacy.Count(privacy.Notes, Other)));
        var audit = Assert.Single(privacy.Audit());
        Assert.Equal(AuditActions.Erase, audit.Action);
        Assert.Matches("^tomb-[0-9a-f]{16}$", audit.Subject);
        Assert.Equal(audit.Subject, audit.Actor);
        Assert.False(privacy.FollowUps.WhenIdleAsync().IsCompleted, "the stores' follow-ups were not queued");
    }

    [Fact]
    public async Task An_animator_erasing_a_member_is_named_in_the_audit_and_the_member_is_not()
    {
        using var privacy = new MemberDataUnderTest();
        await privacy.AddAsync(privacy.Notes, Member, 1);

        await privacy.Data.EraseAsync(Member, Animator, default);

        var audit = Assert.Single(privacy.Audit());
        Assert.Equal(Animator, audit.Actor);
        Assert.Matches("^tomb-[0-9a-f]{16}$", audit.Subject);
    }

    [Fact]
    public async Task A_store_failing_midway_leaves_every_store_as_it_was_with_no_audit_and_nothing_queued()
    {
        using var privacy = new MemberDataUnderTest(failing: new FailingStore());
        await privacy.AddAsync(privacy.Bookings, Member, 2);
        await privacy.AddAsync(privacy.Notes, Member, 1);

        var error = await Assert.ThrowsAsync<IOException>(() => privacy.Data.EraseAsync(Member, Member, default));

        Assert.Equal("disque plein", error.Message);
        Assert.Equal((2, 1), (privacy.Count(privacy.Bookings, Member), privacy.Count(privacy.Notes, Member)));
        Assert.Empty(privacy.Audit());
        Assert.True(privacy.FollowUps.WhenIdleAsync().IsCompleted, "a follow-up of a rolled-back erasure was queued");
    }

    [Fact]
    public async Task An_erasure_run_again_because_a_later_write_of_its_batch_failed_counts_and_audits_once()
    {
        using var privacy = new MemberDataUnderTest();
        await privacy.AddAsync(privacy.Bookings, Member, 2);
        await privacy.AddAsync(privacy.Notes, Member, 1);
        using var release = (await privacy.Database.HoldWriterAsync(note: null)).Release;
        var erasure = privacy.Data.EraseAsync(Member, Member, default);
        var failing = privacy.Database.WriteAsync(_ => throw new InvalidOperationException("refusée"), default);

        release.Set();

        await Assert.ThrowsAsync<InvalidOperationException>(() => failing);
        var removed = await erasure;
        Assert.Equal((2, 1, 3), (removed["bookings"], removed["notes"], removed.Total)); // what the erasure's follow-ups were counted with
        Assert.Single(privacy.Audit());
    }

    [Fact]
    public async Task A_retention_run_again_because_a_later_write_of_its_batch_failed_counts_once()
    {
        using var privacy = new MemberDataUnderTest();
        await privacy.AddAsync(privacy.Bookings, Member, 2, expired: true);
        await privacy.AddAsync(privacy.Notes, Other, 1, expired: true);
        await privacy.AddAsync(privacy.Notes, Other, 1);
        using var release = (await privacy.Database.HoldWriterAsync(note: null)).Release;
        var retention = privacy.Retention().RunAsync(default);
        var failing = privacy.Database.WriteAsync(_ => throw new InvalidOperationException("refusée"), default);

        release.Set();

        await Assert.ThrowsAsync<InvalidOperationException>(() => failing);
        var removed = await retention;
        Assert.Equal((2, 1), (removed["bookings"], removed["notes"]));
        Assert.Equal((0, 1), (privacy.Count(privacy.Bookings, Member), privacy.Count(privacy.Notes, Other)));
    }

    [Fact]
    public async Task The_export_gathers_every_store_for_that_member_only()
    {
        using var privacy = new MemberDataUnderTest();
        await privacy.AddAsync(privacy.Bookings, Member, 2);
        await privacy.AddAsync(privacy.Notes, Member, 1);
        await privacy.AddAsync(privacy.Notes, Other, 3);

        var export = await privacy.Data.ExportAsync(Member);

        Assert.Equal(Member, export.MemberId);
        Assert.Equal((2, 1), (export.Count("bookings"), export.Count("notes")));
    }

    /// <summary>Erases its part, then fails the way a full disk would.</summary>
    private sealed class FailingStore : IPersonalDataStore
    {
        public void Export(LiteDB.ILiteDatabase db, string memberId, MemberExport export) => export.Add("failing", new JsonObject());

        public void Erase(LiteDB.ILiteDatabase db, string memberId, Erasure erasure)
        {
            erasure.Then("erasure: failing", (_, _) => Task.CompletedTask);
            throw new IOException("disque plein");
        }

        public void Expire(LiteDB.ILiteDatabase db, RetentionCutoffs cutoffs, RetentionCounts removed)
        {
        }
    }
}
