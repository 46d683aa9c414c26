namespace BrigadeBot.Features.Impact;

/// <summary>One row of a breakdown: a label and how many.</summary>
public sealed record CountRow(string Label, int Count);
