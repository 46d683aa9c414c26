using System.Text.RegularExpressions;
using Brigade.Slack.Routing;
using BrigadeBot.Hosting;

namespace BrigadeBot.Tests.Architecture;

/// <summary>
/// The architecture as rules (docs/architecture.md): the Slack layer knows nothing of the app, Storage and Scheduling
/// know no feature, and a feature uses no other feature except through the shared contracts in Features/Common.
/// </summary>
public sealed partial class DependencyRulesTests
{
    private const string App = "BrigadeBot";
    private static readonly DependencyGraph Bot = DependencyGraph.Of(typeof(HealthEndpoint).Assembly);
    private static readonly DependencyGraph Slack = DependencyGraph.Of(typeof(SlackAppBuilder).Assembly);

    /// <summary>
    /// Feature → feature references that still exist, each with its reason. Empty it as they go: an entry no code
    /// needs fails.
    /// </summary>
    private static readonly (string From, string To, string Reason)[] Exceptions = [];

    [Fact]
    public void The_Slack_layer_uses_nothing_of_the_app_nor_its_storage_or_scheduler()
    {
        Assert.Empty(DependencyRules.IntoAssemblies(Slack, App, "LiteDB", "Quartz"));
        Assert.DoesNotContain(Slack.Dependencies, d => d.ToNamespace.StartsWith(App + ".", StringComparison.Ordinal));
    }

    [Fact]
    public void The_Slack_layer_names_neither_the_Brigade_command_nor_its_time_zone()
    {
        Assert.DoesNotContain(Slack.Literals, s => s.Contains("/brigade", StringComparison.OrdinalIgnoreCase)
                                                   || s.Contains("America/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Storage")]
    [InlineData("Scheduling")]
    public void Storage_and_Scheduling_use_no_feature_nor_the_hosting_above_them(string area)
    {
        Assert.Empty(DependencyRules.From(Bot, App, area, "Features", "Hosting", "Sandbox"));
    }

    [Fact]
    public void Scheduling_does_not_use_Storage()
    {
        Assert.Empty(DependencyRules.From(Bot, App, "Scheduling", "Storage"));
    }

    [Fact]
    public void A_feature_uses_no_other_feature_except_the_listed_exceptions()
    {
        var unexpected = DependencyRules.AcrossFeatures(Bot, App)
            .Where(d => !Exceptions.Any(e => Area(d.FromNamespace) == e.From && Area(d.ToNamespace) == e.To))
            .Select(d => $"{Area(d.FromNamespace)} → {Area(d.ToNamespace)}: {d}")
            .ToArray();
        Assert.True(unexpected.Length == 0, string.Join("\n", unexpected));
    }

    /// <summary>
    /// The compiled code does not show a constant (an id, a text) taken from another feature: the compiler copies its
    /// value. The source does, through the namespace it names.
    /// </summary>
    [Fact]
    public void No_feature_source_names_another_feature_except_the_listed_exceptions()
    {
        var features = Path.Combine(Repository.Root, "src", "BrigadeBot", "Features");
        var areas = Directory.GetDirectories(features).Select(Path.GetFileName).ToHashSet();
        var unexpected = Directory.EnumerateFiles(features, "*.cs", SearchOption.AllDirectories)
            .SelectMany(path =>
            {
                var from = Path.GetRelativePath(features, path).Split(Path.DirectorySeparatorChar)[0];
                return FeatureName().Matches(File.ReadAllText(path)).Select(m => m.Groups["area"].Value)
                    .Where(to => to != from && to != "Common" && areas.Contains(to)
                                 && !Exceptions.Any(e => e.From == "Features." + from && e.To == "Features." + to))
                    .Select(to => $"{Path.GetRelativePath(features, path)} names Features.{to}");
            })
            .Distinct()
            .ToArray();
        Assert.True(unexpected.Length == 0, string.Join("\n", unexpected));
    }

    [GeneratedRegex(@"\bBrigadeBot\.Features\.(?<area>[A-Za-z]+)")]
    private static partial Regex FeatureName();

    [Fact]
    public void Every_exception_is_still_needed()
    {
        var pairs = DependencyRules.AcrossFeatures(Bot, App).Select(d => (Area(d.FromNamespace), Area(d.ToNamespace))).ToHashSet();
        var stale = Exceptions.Where(e => !pairs.Contains((e.From, e.To))).Select(e => $"{e.From} → {e.To}").ToArray();
        Assert.True(stale.Length == 0, "No longer needed, remove from the list: " + string.Join(", ", stale));
    }

    private static string? Area(string ns) => DependencyRules.AreaOf(ns, App);
}
