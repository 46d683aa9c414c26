namespace BrigadeBot.Tests.Architecture;

/// <summary>
/// The rules, read on a <see cref="DependencyGraph"/> below a root namespace. An area is the first namespace level under
/// the root (<c>Storage</c>, <c>Hosting</c>…), or the feature itself under <c>Features</c> (<c>Features.Booking</c>);
/// naming an area also names what lies below it (<c>Features</c> is every feature).
/// </summary>
public static class DependencyRules
{
    public const string Common = "Features.Common";

    /// <summary>The area of <paramref name="ns"/> below <paramref name="root"/>; <c>null</c> outside it.</summary>
    public static string? AreaOf(string ns, string root)
    {
        if (!ns.StartsWith(root + ".", StringComparison.Ordinal)) return null;
        var parts = ns[(root.Length + 1)..].Split('.');
        return parts[0] == "Features" && parts.Length > 1 ? $"Features.{parts[1]}" : parts[0];
    }

    /// <summary>What types of area <paramref name="from"/> use in any of the <paramref name="forbidden"/> areas.</summary>
    public static IReadOnlyList<TypeDependency> From(DependencyGraph graph, string root, string from, params string[] forbidden) =>
        graph.Dependencies
            .Where(d => Within(AreaOf(d.FromNamespace, root), from)
                        && forbidden.Any(f => Within(AreaOf(d.ToNamespace, root), f)))
            .ToArray();

    /// <summary>What a feature uses of another feature; the shared contracts (<see cref="Common"/>) are everyone's.</summary>
    public static IReadOnlyList<TypeDependency> AcrossFeatures(DependencyGraph graph, string root) =>
        graph.Dependencies
            .Where(d => AreaOf(d.FromNamespace, root) is { } from && AreaOf(d.ToNamespace, root) is { } to
                        && Within(from, "Features") && Within(to, "Features") && from != to && to != Common)
            .ToArray();

    /// <summary>What the graph's types use from the named assemblies.</summary>
    public static IReadOnlyList<TypeDependency> IntoAssemblies(DependencyGraph graph, params string[] assemblies) =>
        graph.Dependencies.Where(d => assemblies.Contains(d.ToAssembly, StringComparer.Ordinal)).ToArray();

    private static bool Within(string? area, string name) =>
        area is not null && (area == name || area.StartsWith(name + ".", StringComparison.Ordinal));
}
