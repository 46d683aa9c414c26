using BrigadeBot.Features.Sheets;

namespace BrigadeBot.Tests.Features.Sheets;

public sealed class SheetSearchIndexTests
{
    private static Sheet Sheet(int id, string title, string summary = "Un résumé.", string theme = "autre", params string[] keywords) =>
        new() { Id = id, Title = title, Summary = summary, ThemeSlug = theme, Keywords = [.. keywords], PublishedOn = new DateOnly(2026, 1, 1) };

    private static IReadOnlyList<int> Search(string query, params Sheet[] sheets) =>
        SheetSearchIndex.Build(sheets, slug => slug == "cybersecurite" ? "Cybersécurité" : null).Search(query, 5)
            .Select(s => s.Id).ToArray();

    [Fact]
    public void A_word_in_the_title_ranks_above_the_keywords_which_rank_above_the_summary()
    {
        var inSummary = Sheet(1, "Organiser un atelier", "Prévoir une infolettre de rappel.");
        var inKeywords = Sheet(2, "Fidéliser son public", keywords: ["infolettre"]);
        var inTitle = Sheet(3, "Écrire une infolettre");

        Assert.Equal([3, 2, 1], Search("infolettre", inSummary, inKeywords, inTitle));
    }

    [Theory]
    [InlineData("securite")]          // accents and compound word: inside « cybersécurité »
    [InlineData("CYBERSÉCURITÉ")]     // case
    [InlineData("cyber")]             // start of a word
    [InlineData("mots de passe")]     // plural and little words
    [InlineData("Mot-de-passe")]
    public void Accents_case_plurals_and_prefixes_are_forgiven(string query)
    {
        var cyber = Sheet(1, "Cybersécurité", theme: "cybersecurite", keywords: ["mot de passe"]);
        var other = Sheet(2, "Infolettre", "Écrire à son public.");

        Assert.Equal([1], Search(query, cyber, other));
    }

    [Fact]
    public void Three_letters_match_the_start_of_a_word_and_four_also_its_inside()
    {
        var cyber = Sheet(1, "Cybersécurité");

        Assert.Empty(Search("ber", cyber));
        Assert.Equal([1], Search("cyb", cyber));
        Assert.Equal([1], Search("erse", cyber));
    }

    [Fact]
    public void Plural_typed_finds_singular_stored_and_the_reverse()
    {
        var reseaux = Sheet(1, "Les réseaux sociaux");
        var fiche = Sheet(2, "Fiche pratique");

        Assert.Equal([1], Search("réseau social", reseaux, fiche));
        Assert.Equal([2], Search("fiches", reseaux, fiche));
    }

    [Fact]
    public void The_theme_name_finds_its_sheets()
    {
        var codev = Sheet(1, "Rencontre du 3 mars", theme: "cybersecurite");
        Assert.Equal([1], Search("cybersécurité", codev));
    }

    [Fact]
    public void Sheets_matching_more_typed_words_come_first()
    {
        var one = Sheet(1, "Infolettre");
        var both = Sheet(2, "Sécurité", "Protéger son infolettre.");

        Assert.Equal([2, 1], Search("infolettre sécurité", one, both));
    }

    [Theory]
    [InlineData("zz")]
    [InlineData("de la")]
    [InlineData("   ")]
    [InlineData("in")]   // too short to be a prefix
    public void Nothing_meaningful_finds_nothing(string query) =>
        Assert.Empty(Search(query, Sheet(1, "Infolettre et information")));

    [Fact]
    public void At_most_the_limit_is_returned_newest_first_among_equals()
    {
        var sheets = Enumerable.Range(1, 8).Select(i => Sheet(i, "Infolettre " + i)).ToArray();
        sheets[6].PublishedOn = new DateOnly(2026, 6, 1);

        var found = Search("infolettre", sheets);

        Assert.Equal(5, found.Count);
        Assert.Equal(7, found[0]);
    }
}
