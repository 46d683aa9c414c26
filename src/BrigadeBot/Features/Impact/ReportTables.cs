using BrigadeBot.Features.Common.Reports;
using System.Globalization;
using CsvHelper;

namespace BrigadeBot.Features.Impact;

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
        string D(decimal? value) => value is { } v ? ReportTexts.Number(v) : ReportTexts.NotAvailable;
        return
        [
            new("synthese.csv", ReportTexts.TableSummary, [ReportTexts.ColumnFigure, ReportTexts.ColumnValue],
            [
                [ReportTexts.FigurePeriod, r.Period.Label],
                [ReportTexts.FigureHeld, N(r.Accompaniments)],
                [ReportTexts.FigureIndividual, N(r.Individual)],
                [ReportTexts.FigureGroup, N(r.Group)],
                [ReportTexts.FigureAbsences, N(r.Absences)],
                [ReportTexts.FigurePeople, N(r.People)],
                [ReportTexts.FigureReturning, N(r.ReturningPeople)],
                [ReportTexts.FigurePeopleIndividually, SmallCells.Shown(r.PeopleIndividually, r.MinCell)],
                [ReportTexts.FigurePeopleInGroups, SmallCells.Shown(r.PeopleInGroups, r.MinCell)],
                [ReportTexts.FigureGroupSessions, N(r.GroupSessions)],
                [ReportTexts.FigurePerPerson, D(r.SessionsPerPerson)],
                [ReportTexts.FigureAnswers, N(s.Answers)],
                [ReportTexts.FigureResponseRate, D(s.ResponseRate)],
                [ReportTexts.FigureSatisfaction, D(s.SatisfactionMean)],
                [ReportTexts.FigureTransferSum, N(s.TransferSum)],
                [ReportTexts.FigureTransferMean, D(s.TransferMean)],
                [ReportTexts.FigureCodevMeetings, N(r.CodevMeetings)],
                [ReportTexts.FigureCodevRegistrations, N(r.CodevRegistrations)],
                [ReportTexts.FigureCodevAttendances, ReportTexts.Count(r.CodevAttendances)],
                [ReportTexts.FigureWatch, ReportTexts.Count(r.WatchItemsPublished)],
                [ReportTexts.FigureSheets, ReportTexts.Count(r.SheetsShared)],
                [ReportTexts.FigureMinCell, N(r.MinCell)],
            ]),
            Counts("accompagnements-par-theme.csv", ReportTexts.TableByTheme, ReportTexts.ColumnTheme, ReportTexts.ColumnAccompaniments,
                r.AccompanimentsByTheme),
            Counts("accompagnements-par-modalite.csv", ReportTexts.TableByFormat, ReportTexts.ColumnFormat, ReportTexts.ColumnAccompaniments,
                [new(ReportTexts.FigureIndividual, r.Individual), new(ReportTexts.FigureGroup, r.Group)]),
            new("accompagnements-par-theme-et-modalite.csv", ReportTexts.TableByThemeFormat,
                [ReportTexts.ColumnTheme, ReportTexts.FigureIndividual, ReportTexts.FigureGroup, ReportTexts.Total],
            [
                .. r.ThemesByFormat.Select(t => (IReadOnlyList<string>)[t.Label, N(t.Individual), N(t.Group), N(t.Total)]),
                [ReportTexts.Total, N(r.ThemesByFormat.Sum(t => t.Individual)), N(r.ThemesByFormat.Sum(t => t.Group)), N(r.Accompaniments)],
            ]),
            Counts("personnes-par-nombre-d-accompagnements.csv", ReportTexts.TableBySessions, ReportTexts.ColumnSessions,
                ReportTexts.ColumnPeople, r.PeopleBySessions),
            Counts("personnes-par-categorie.csv", ReportTexts.TableByCategory, ReportTexts.ColumnCategory, ReportTexts.ColumnPeople,
                r.PeopleByCategory),
            Counts("satisfaction.csv", ReportTexts.TableSatisfaction, ReportTexts.ColumnScore, ReportTexts.ColumnAnswers,
                s.SatisfactionDistribution),
            Counts("competences-numeriques.csv", ReportTexts.TableProgress, ReportTexts.ColumnAnswer, ReportTexts.ColumnAnswers, s.Progress),
            .. r.Sections.SelectMany(section => section.Tables),
        ];
    }

    /// <summary>A two-column table of counts with its total row.</summary>
    private static ReportTable Counts(string file, string title, string label, string count, IReadOnlyList<CountRow> rows) =>
        new(file, title, [label, count],
        [
            .. rows.Select(r => (IReadOnlyList<string>)[r.Label, r.Count.ToString(CultureInfo.InvariantCulture)]),
            [ReportTexts.Total, rows.Sum(r => r.Count).ToString(CultureInfo.InvariantCulture)],
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
