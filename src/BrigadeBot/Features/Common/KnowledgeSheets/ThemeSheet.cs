namespace BrigadeBot.Features.Common.KnowledgeSheets;

/// <summary>A theme's knowledge sheet: free to reuse (CC0), with a safe http(s) <paramref name="Url"/>.</summary>
public sealed record ThemeSheet(string Title, string Summary, string Url);
