using Brigade.Slack.Payloads;
using BrigadeBot.Features.Privacy;
using BrigadeBot.Tests.Features.Codev;
using static BrigadeBot.Tests.Features.Privacy.MemberDataUnderTest;

namespace BrigadeBot.Tests.Features.Privacy;

/// <summary><c>/brigade oublier</c> only opens the confirmation, about the right member, and erases nothing.</summary>
public sealed class OublierCommandTests
{
    [Fact]
    public async Task A_member_gets_the_confirmation_of_their_own_erasure_and_nothing_is_erased()
    {
        using var privacy = new MemberDataUnderTest();
        await privacy.AddAsync(privacy.Bookings, Member, 2);
        await privacy.AddAsync(privacy.Bookings, Other, 1);

        var reply = await privacy.Oublier.HandleAsync(new SlashCommand { UserId = Member, TriggerId = "T1" }, default);

        Assert.Null(reply);
        var (method, arguments) = Assert.Single(privacy.Slack.Calls);
        Assert.Equal("views.open", method);
        Assert.Equal("T1", arguments["trigger_id"]?.ToString());
        var view = arguments["view"]!.Readable();
        Assert.Contains(PrivacyModalTexts.EraseTitle, view);
        Assert.Contains("2 réservation(s) au total", view);
        Assert.Equal(Member, arguments["view"]!["private_metadata"]?.ToString());
        Assert.Equal(2, privacy.Count(privacy.Bookings, Member));
        Assert.Empty(privacy.Audit());
    }

    [Fact]
    public async Task An_animator_naming_a_member_gets_that_member_s_confirmation()
    {
        using var privacy = new MemberDataUnderTest();
        await privacy.AddAsync(privacy.Bookings, Member, 2);
        await privacy.AddAsync(privacy.Bookings, Other, 1);

        await privacy.Oublier.HandleAsync(new SlashCommand { UserId = Animator, Arguments = $"<@{Other}>", TriggerId = "T1" }, default);

        var view = Assert.Single(privacy.Slack.Calls).Arguments["view"]!;
        Assert.Contains(PrivacyModalTexts.EraseOtherTitle, view.Readable());
        Assert.Contains("1 réservation(s) au total", view.Readable());
        Assert.Equal(Other, view["private_metadata"]?.ToString());
    }

    [Fact]
    public async Task A_member_naming_someone_else_is_refused_without_a_modal()
    {
        using var privacy = new MemberDataUnderTest();

        var reply = await privacy.Oublier.HandleAsync(new SlashCommand { UserId = Member, Arguments = $"<@{Other}>", TriggerId = "T1" }, default);

        Assert.Equal(("ephemeral", PrivacyTexts.OthersAnimatorsOnly), (reply?.ResponseType, reply?.Text));
        Assert.Empty(privacy.Slack.Calls);
    }

    [Fact]
    public async Task A_command_without_a_trigger_id_still_asks_slack_with_an_empty_one()
    {
        using var privacy = new MemberDataUnderTest();

        await privacy.Oublier.HandleAsync(new SlashCommand { UserId = Member }, default);

        Assert.Equal("", Assert.Single(privacy.Slack.Calls).Arguments["trigger_id"]?.ToString());
    }
}
