using Brigade.Slack.Routing;

namespace Brigade.Slack.Tests.Routing;

/// <summary>What a member types after /brigade: normalised, split, and matched to the closest sub-command.</summary>
public sealed class SubCommandTextTests
{
    private static readonly string[] SubCommands = ["aide", "réserver", "mes-reservations", "agenda", "dispo", "veille", "fiche"];

    [Theory]
    [InlineData("Réserver", "reserver")]
    [InlineData("RÉSERVER", "reserver")]
    [InlineData("  réserver ", "reserver")]
    [InlineData("Confidentialité", "confidentialite")]
    [InlineData("ÇA", "ca")]
    [InlineData("mes-Réservations", "mes-reservations")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Normalize_lowercases_and_removes_accents(string? typed, string expected)
    {
        Assert.Equal(expected, SubCommandText.Normalize(typed));
    }

    [Fact]
    public void Normalize_of_decomposed_accents_is_the_same()
    {
        Assert.Equal("reserver", SubCommandText.Normalize("Re\u0301server"));
    }

    [Theory]
    [InlineData("Réserver cybersécurité", "reserver", "cybersécurité")]
    [InlineData("réserver   Cyber Sécurité  ", "reserver", "Cyber Sécurité")]
    [InlineData("agenda", "agenda", "")]
    [InlineData("fiche\tmots clés", "fiche", "mots clés")]
    [InlineData("veille\u00A0liste", "veille", "liste")]
    [InlineData("", "", "")]
    [InlineData("   ", "", "")]
    [InlineData(null, "", "")]
    public void Split_takes_the_first_word_as_the_sub_command_and_keeps_the_rest_as_typed(
        string? text, string subCommand, string arguments)
    {
        Assert.Equal((subCommand, arguments), SubCommandText.Split(text));
    }

    [Theory]
    [InlineData("reservr", "réserver")]
    [InlineData("RESERVR", "réserver")]
    [InlineData("rserver", "réserver")]
    [InlineData("agnda", "agenda")]
    [InlineData("agedna", "agenda")]
    [InlineData("aied", "aide")]
    [InlineData("dsipo", "dispo")]
    [InlineData("mes-res", "mes-reservations")]
    public void Closest_suggests_the_sub_command_that_was_meant(string typed, string expected)
    {
        Assert.Equal(expected, SubCommandText.Closest(typed, SubCommands));
    }

    [Theory]
    [InlineData("xyzzy")]
    [InlineData("bonjour")]
    [InlineData("q")]
    [InlineData("")]
    [InlineData("   ")]
    public void Closest_suggests_nothing_for_nonsense(string typed)
    {
        Assert.Null(SubCommandText.Closest(typed, SubCommands));
    }

    [Fact]
    public void Closest_with_no_candidates_is_null()
    {
        Assert.Null(SubCommandText.Closest("reserver", []));
    }
}
