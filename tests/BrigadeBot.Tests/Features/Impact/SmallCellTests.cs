using BrigadeBot.Features.Impact;

namespace BrigadeBot.Tests.Features.Impact;

public sealed class SmallCellTests
{
    private static List<CountRow> Rows(params (string, int)[] rows) => rows.Select(r => new CountRow(r.Item1, r.Item2)).ToList();

    [Fact]
    public void Rows_of_at_least_min_people_stay_as_they_are()
    {
        var rows = Rows(("A", 19), ("B", 13), ("C", 32), ("D", 0));
        Assert.Equal(rows, SmallCells.MergeInto(rows, "Autres", 5));
    }

    [Fact]
    public void Small_rows_merge_into_one_and_the_total_is_kept()
    {
        var merged = SmallCells.MergeInto(Rows(("A", 20), ("B", 3), ("C", 4), ("D", 9)), "Autres", 5);
        Assert.Equal(Rows(("A", 20), ("D", 9), ("Autres", 7)), merged);
    }

    [Fact]
    public void A_merged_row_still_small_takes_the_smallest_other_row()
    {
        var merged = SmallCells.MergeInto(Rows(("A", 20), ("B", 2), ("C", 6), ("D", 9)), "Autres", 5);
        Assert.Equal(Rows(("A", 20), ("D", 9), ("Autres", 8)), merged);
        Assert.All(merged, r => Assert.True(r.Count == 0 || r.Count >= 5));
    }

    [Fact]
    public void Fewer_people_than_min_in_all_leaves_one_row_with_the_exact_total()
    {
        Assert.Equal(Rows(("Autres", 4)), SmallCells.MergeInto(Rows(("A", 1), ("B", 3)), "Autres", 5));
    }

    [Fact]
    public void A_small_last_bucket_joins_the_one_before_it()
    {
        var merged = SmallCells.MergeTail([(1, 40), (2, 9), (3, 3), (4, 1)], n => $"{n}+", n => $"{n}", 5);
        Assert.Equal(Rows(("1", 40), ("2+", 13)), merged);
    }

    [Fact]
    public void A_small_first_bucket_merges_everything()
    {
        var merged = SmallCells.MergeTail([(1, 2), (2, 9), (3, 6), (4, 0)], n => $"{n}+", n => $"{n}", 5);
        Assert.Equal(Rows(("1+", 17)), merged);
    }
}
