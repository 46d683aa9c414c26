using BrigadeBot.Tests.Architecture.Sample.Features.Booking;

namespace BrigadeBot.Tests.Architecture;

/// <summary>
/// The rules catch what they are meant to catch: each runs on the sample namespace, where a storage type and a
/// feature reach into a feature the way today's loops did, hidden in a generic argument and an async lambda.
/// </summary>
public sealed class DependencyRulesEngineTests
{
    private const string Root = "BrigadeBot.Tests.Architecture.Sample";
    private static readonly DependencyGraph Tests = DependencyGraph.Of(typeof(SampleBooking).Assembly);

    [Fact]
    public void A_storage_type_using_a_feature_breaks_the_storage_rule()
    {
        var found = Assert.Single(DependencyRules.From(Tests, Root, "Storage", "Features", "Hosting"));
        Assert.Equal((Root + ".Storage.SampleStore", typeof(SampleBooking).FullName), (found.From, found.To));
    }

    [Fact]
    public void A_feature_using_another_breaks_the_feature_rule_but_the_shared_contracts_do_not()
    {
        var found = Assert.Single(DependencyRules.AcrossFeatures(Tests, Root));
        Assert.Equal((Root + ".Features.Codev.SampleProposal", typeof(SampleBooking).FullName), (found.From, found.To));
    }

    [Fact]
    public void A_type_of_an_assembly_named_breaks_the_assembly_rule()
    {
        Assert.Contains(DependencyRules.IntoAssemblies(Tests, "BrigadeBot"),
            d => d.From == Root + ".Storage.SampleStore" && d.To == "BrigadeBot.Storage.BrigadeDatabase");
    }

    [Theory]
    [InlineData("BrigadeBot.Features.Booking", "Features.Booking")]
    [InlineData("BrigadeBot.Features.Impact.Fonts", "Features.Impact")]
    [InlineData("BrigadeBot.Storage", "Storage")]
    [InlineData("BrigadeBot.Sandbox.Rendering", "Sandbox")]
    [InlineData("BrigadeBotX.Storage", null)]
    [InlineData("Brigade.Slack.Routing", null)]
    public void An_area_is_the_first_level_or_the_feature(string ns, string? area)
    {
        Assert.Equal(area, DependencyRules.AreaOf(ns, "BrigadeBot"));
    }
}
