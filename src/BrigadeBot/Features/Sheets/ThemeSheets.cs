using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Sheets;

/// <summary>A theme of the catalogue with its summary sheet (if any) and how many active sheets it has.</summary>
public sealed record ThemeSheets(ThemeOptions Theme, Sheet? Summary, int Count);
