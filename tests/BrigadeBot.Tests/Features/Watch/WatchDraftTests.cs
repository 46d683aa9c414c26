using BrigadeBot.Features.Common;
using BrigadeBot.Features.Watch;

namespace BrigadeBot.Tests.Features.Watch;

public sealed class WatchDraftTests
{
    [Theory]
    [InlineData("2026-11-30", "2026-12-01")] // Monday → Tuesday
    [InlineData("2026-12-04", "2026-12-07")] // Friday → Monday
    [InlineData("2026-12-05", "2026-12-07")] // Saturday → Monday
    [InlineData("2026-12-06", "2026-12-07")] // Sunday → Monday
    public void The_default_day_is_the_next_weekday(string today, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), WatchDraft.NextWeekday(DateOnly.Parse(today)));

    [Fact]
    public void Fit_keeps_short_text_and_cuts_long_text_on_a_word()
    {
        Assert.Equal("Court", MemberText.Cut("  Court ", 10));
        Assert.Equal("Un guide…", MemberText.Cut("Un guide pratique", 12));
    }

    [Fact]
    public void Fit_never_cuts_an_emoji_in_half()
    {
        var fitted = MemberText.Cut(new string('a', 8) + "🎨🎨🎨", 10);

        Assert.Equal(new string('a', 8) + "…", fitted);
        Assert.DoesNotContain(fitted, char.IsSurrogate);
    }
}
