namespace Grader.Reports;

/// <summary>
/// A gradebook for a whole class: one row per submission (sorted by name) with its total, its maximum and
/// one column per exercise slug found in any report, in slug order.
/// </summary>
/// <remarks>
/// An exercise the learner did not hand in is in their report with status <c>missing</c> and scores 0. A cell
/// is left blank only when a report does not mention the exercise at all (it was graded with another set of
/// suites), because a 0 there would claim a result nobody measured, and spreadsheets skip blanks in averages.
/// </remarks>
internal static class GradebookCsvWriter
{
    /// <param name="ungraded">Submissions with no report at all (the grader itself failed on them): each still gets its
    /// row, with every score left blank, so that the gradebook lists the whole class.</param>
    public static void Write(IEnumerable<GradingReport> reports, TextWriter output, IEnumerable<string>? ungraded = null)
    {
        var graded = reports.ToList();
        var slugs = GradingReport.SlugsOf(graded);
        var rows = graded.Select(report => (Name: report.Submission, Report: (GradingReport?)report))
            .Concat((ungraded ?? []).Select(name => (Name: name, Report: (GradingReport?)null)))
            .OrderBy(row => row.Name, StringComparer.Ordinal);

        WriteRow(output, ["submission", "total", "max", .. slugs.Select(CsvField.Text)]);
        foreach (var (name, report) in rows)
        {
            if (report is null)
            {
                WriteRow(output, [CsvField.Text(name), "", "", .. slugs.Select(_ => "")]);
                continue;
            }

            WriteRow(output,
            [
                CsvField.Text(report.Submission),
                ReportNumbers.Points(report.Score),
                ReportNumbers.Points(report.MaxScore),
                .. slugs.Select(slug => report.Exercise(slug) is { } exercise ? ReportNumbers.Points(exercise.Score) : ""),
            ]);
        }
    }

    private static void WriteRow(TextWriter output, IEnumerable<string> fields)
    {
        output.Write(string.Join(',', fields));
        output.Write('\n');
    }
}
