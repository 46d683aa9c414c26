namespace BrigadeBot.Features.Sheets;

/// <summary>Where a sheet comes from; shown on its card.</summary>
public enum SheetOrigin
{
    ThemeSummary,
    CodevMeeting,
    Conference,
}
