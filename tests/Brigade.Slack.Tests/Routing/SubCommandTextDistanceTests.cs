using Brigade.Slack.Routing;

namespace Brigade.Slack.Tests.Routing;

/// <summary>The edit distance behind the suggestions, and the edges of what is close enough to suggest.</summary>
public sealed class SubCommandTextDistanceTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    [InlineData("abc", "abc", 0)]
    [InlineData("a", "b", 1)]
    [InlineData("ab", "ba", 1)]
    [InlineData("abcd", "acbd", 1)]
    [InlineData("ca", "abc", 3)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("agenda", "agneda", 1)]
    [InlineData("reserver", "rsrver", 2)]
    public void Distance_counts_insertions_deletions_substitutions_and_adjacent_swaps(string a, string b, int distance)
    {
        Assert.Equal(distance, SubCommandText.Distance(a, b));
        Assert.Equal(distance, SubCommandText.Distance(b, a));
    }

    [Theory]
    [InlineData("res", "réserver")]
    [InlineData("rsrver", "réserver")]
    [InlineData("AGENDA", "agenda")]
    public void A_three_letter_start_or_two_edits_is_close_enough(string typed, string expected) =>
        Assert.Equal(expected, SubCommandText.Closest(typed, ["aide", "réserver", "agenda", "veille"]));

    [Theory]
    [InlineData("re")]
    [InlineData("rsrvr")]
    public void A_two_letter_start_or_three_edits_is_not(string typed) =>
        Assert.Null(SubCommandText.Closest(typed, ["aide", "réserver", "agenda", "veille"]));

    [Fact]
    public void Of_two_equally_close_candidates_the_first_registered_wins()
    {
        Assert.Equal("dispo", SubCommandText.Closest("disqo", ["dispo", "disco"]));
        Assert.Equal("disco", SubCommandText.Closest("disqo", ["disco", "dispo"]));
    }

    [Fact]
    public void A_long_word_tolerates_a_third_of_its_length_in_edits()
    {
        string[] candidates = ["confidentialite"];

        Assert.Equal("confidentialite", SubCommandText.Closest("cnfdntialite", candidates)); // 3 edits, 12 letters: 4 allowed
        Assert.Null(SubCommandText.Closest("cnfdntlt", candidates)); // 7 edits, 8 letters: 2 allowed
    }

    [Fact]
    public void Splitting_keeps_inner_spacing_of_the_arguments_and_stops_at_the_first_separator() =>
        Assert.Equal(("fiche", "a  b\tc"), SubCommandText.Split(" Fiche\na  b\tc "));
}
