using Grader.Exercises;
using Grader.Grading;
using Grader.Reports;
using Spectre.Console;

namespace Grader.Cli.Commands;

/// <summary>The class gradebook as a table on stdout (one row per submission, one column per exercise), then the class's likely mistakes.</summary>
public static class GradebookTable
{
    public static void Write(IReadOnlyList<SubmissionOutcome> outcomes)
    {
        var reports = outcomes.Where(outcome => outcome.Report is not null).Select(outcome => outcome.Report!).ToList();
        var slugs = GradingReport.SlugsOf(reports);

        var table = new Table().Border(TableBorder.Simple).AddColumn("submission").AddColumn(new TableColumn("total").RightAligned());
        foreach (var slug in slugs)
        {
            table.AddColumn(new TableColumn(Markup.Escape(ExerciseInfo.NumberOf(slug))).RightAligned());
        }

        foreach (var outcome in outcomes)
        {
            var cells = new List<string> { Markup.Escape(VisibleText.OneLine(outcome.Name)) };
            if (outcome.Report is { } report)
            {
                cells.Add($"{ReportNumbers.OutOf(report.Score, report.MaxScore)} ({ReportNumbers.Percent(report.Percent)}%)");
                cells.AddRange(slugs.Select(slug => Cell(report.Exercise(slug))));
            }
            else
            {
                cells.Add("[red]not graded[/]");
            }

            table.AddRow(cells.ToArray());
        }

        var console = AnsiConsole.Console;
        if (Console.IsOutputRedirected)
        {
            console.Profile.Width = 200;
        }

        console.Write(table);
        console.WriteLine($"Columns are exercises: {string.Join(", ", slugs)}.");
        WriteMistakes(console, reports);
    }

    // What the class got wrong most often, by the tests' own diagnosis: what to go over again.
    private static void WriteMistakes(IAnsiConsole console, IReadOnlyList<GradingReport> reports)
    {
        var mistakes = ClassMistakes.Of(reports);
        if (mistakes.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("likely mistake").AddColumn(new TableColumn("submissions").RightAligned()).AddColumn("exercises");
        foreach (var mistake in mistakes)
        {
            table.AddRow(
                Markup.Escape(VisibleText.OneLine(mistake.Title)),
                mistake.Submissions.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Markup.Escape(string.Join(", ", mistake.Exercises.Select(slug => VisibleText.OneLine(ExerciseInfo.NumberOf(slug))))));
        }

        console.WriteLine();
        console.Write(table);
        console.WriteLine($"{ClassGrader.MistakesFile} names the submissions behind each row.");
    }

    private static string Cell(ExerciseResult? exercise) => exercise switch
    {
        null => "",
        { Status: ExerciseStatus.Graded } => ReportNumbers.Points(exercise.Score),
        _ => $"{ReportNumbers.Points(exercise.Score)} [yellow]{ReportNames.Words(exercise.Status)}[/]",
    };
}
