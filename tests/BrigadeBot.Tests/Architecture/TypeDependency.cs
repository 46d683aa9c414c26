namespace BrigadeBot.Tests.Architecture;

/// <summary>A type that uses another, with both namespaces and the assembly of the one used.</summary>
public sealed record TypeDependency(string From, string FromNamespace, string To, string ToNamespace, string ToAssembly)
{
    public override string ToString() => $"{From} → {To} ({ToAssembly})";
}
