using System.Globalization;
using CsvHelper;

namespace BrigadeBot.Features.Impact;

/// <summary>One table of the full report, as a CSV file.</summary>
public sealed record ReportTable(string FileName, string Title, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>
/// The full report as CSV tables: UTF-8 with a byte order mark and « ; » between fields, so Excel in French opens the
/// accents and the columns right; decimals with a comma.
/// </summary>
public static class ReportTables
{
    public static IReadOnlyList<ReportTable> From(ImpactReport r)
    {
        var s = r.Survey;
        string N(int value) => value.ToString(CultureInfo.InvariantCulture);
        string D(decimal? value) => value is { } v ? ImpactTexts.Number(v) : ImpactTexts.NotAvailable;
        return
        [
            new("synthese.csv", ImpactTexts.TableSummary, [ImpactTexts.ColumnFigure, ImpactTexts.ColumnValue],
            [
                [ImpactTexts.FigurePeriod, r.Period.Label],
                [ImpactTexts.FigureHeld, N(r.Accompaniments)],
                [ImpactTexts.FigureIndividual, N(r.Individual)],
                [ImpactTexts.FigureGroup, N(r.Group)],
                [ImpactTexts.FigureAbsences, N(r.Absences)],
                [ImpactTexts.FigurePeople, N(r.People)],
                [ImpactTexts.FigureReturning, N(r.ReturningPeople)],
                [ImpactTexts.FigurePerPerson, D(r.SessionsPerPerson)],
                [ImpactTexts.FigureAnswers, N(s.Answers)],
                [ImpactTexts.FigureResponseRate, D(s.ResponseRate)],
                [ImpactTexts.FigureSatisfaction, D(s.SatisfactionMean)],
                [ImpactTexts.FigureTransferSum, N(s.TransferSum)],
                [ImpactTexts.FigureTransferMean, D(s.TransferMean)],
                [ImpactTexts.FigureCodevMeetings, N(r.CodevMeetings)],
                [ImpactTexts.FigureCodevRegistrations, N(r.CodevRegistrations)],
                [ImpactTexts.FigureWatch, ImpactTexts.Count(r.WatchItemsPublished)],
                [ImpactTexts.FigureSheets, ImpactTexts.Count(r.SheetsShared)],
                [ImpactTexts.FigureMinCell, N(r.MinCell)],
            ]),
            Counts("accompagnements-par-theme.csv", ImpactTexts.TableByTheme, ImpactTexts.ColumnTheme, ImpactTexts.ColumnAccompaniments,
                r.AccompanimentsByTheme),
            Counts("accompagnements-par-modalite.csv", ImpactTexts.TableByFormat, ImpactTexts.ColumnFormat, ImpactTexts.ColumnAccompaniments,
                [new(ImpactTexts.FigureIndividual, r.Individual), new(ImpactTexts.FigureGroup, r.Group)]),
            Counts("personnes-par-nombre-d-accompagnements.csv", ImpactTexts.TableBySessions, ImpactTexts.ColumnSessions,
                ImpactTexts.ColumnPeople, r.PeopleBySessions),
            Counts("personnes-par-categorie.csv", ImpactTexts.TableByCategory, ImpactTexts.ColumnCategory, ImpactTexts.ColumnPeople,
                r.PeopleByCategory),
            Counts("satisfaction.csv", ImpactTexts.TableSatisfaction, ImpactTexts.ColumnScore, ImpactTexts.ColumnAnswers,
                s.SatisfactionDistribution),
            Counts("competences-numeriques.csv", ImpactTexts.TableProgress, ImpactTexts.ColumnAnswer, ImpactTexts.ColumnAnswers, s.Progress),
        ];
    }

    /// <summary>A two-column table of counts with its total row.</summary>
    private static ReportTable Counts(string file, string title, string label, string count, IReadOnlyList<CountRow> rows) =>
        new(file, title, [label, count],
        [
            .. rows.Select(r => (IReadOnlyList<string>)[r.Label, r.Count.ToString(CultureInfo.InvariantCulture)]),
            [ImpactTexts.Total, rows.Sum(r => r.Count).ToString(CultureInfo.InvariantCulture)],
        ]);

    public static byte[] ToCsv(ReportTable table)
    {
        using var stream = new MemoryStream();
        var options = new CsvWriterOptions { Separator = ';', WriteByteOrderMark = true, Injection = CsvInjection.Escape };
        using (var writer = CsvWriter.Create(stream, options, leaveOpen: true))
        {
            writer.WriteRecord([.. table.Header]);
            foreach (var row in table.Rows) writer.WriteRecord([.. row]);
        }
        return stream.ToArray();
    }
}
