using BrigadeBot.Features.Common.Privacy;
using BrigadeBot.Features.Privacy;
using BrigadeBot.Tests.Features.Codev;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Features.Privacy;

public sealed class AuditTests : PrivacyHostTests
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await ExportTests.TwoMembersAsync(host, flow);
    }

    private Task<IReadOnlyList<AuditEntry>> EntriesAsync() => host.Services.GetRequiredService<AuditStore>().AllAsync();

    [Theory]
    [InlineData("agenda")]
    [InlineData("sujets")]
    [InlineData("codev liste")]
    public async Task An_animator_reading_members_data_writes_one_entry_per_member_with_time_actor_action_subject(string command)
    {
        host.Clock.Advance(TimeSpan.FromMinutes(7));

        await host.CommandAsync(command, BrigadeHost.Animator);

        var entries = await EntriesAsync();
        Assert.Equal([BrigadeHost.Member, ExportTests.Other], entries.Select(e => e.Subject).Order(StringComparer.Ordinal));
        Assert.All(entries, e => Assert.Equal((BrigadeHost.Animator, AuditActions.Read, host.Clock.GetUtcNow().UtcDateTime),
            (e.Actor, e.Action, e.AtUtc)));
    }

    [Fact]
    public async Task Members_reading_their_own_data_or_the_public_ranking_are_not_audited()
    {
        await host.CommandAsync("sujets", BrigadeHost.Member);
        await host.CommandAsync("mes-donnees", BrigadeHost.Member);
        await host.IdleAsync();

        Assert.Empty(await EntriesAsync());
    }
}
