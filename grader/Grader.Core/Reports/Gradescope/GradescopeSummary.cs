using Grader.Suites;

namespace Grader.Reports;

/// <summary>
/// The top-level <c>output</c> of <c>results.json</c>: the total, a line per exercise and the likely mistakes. Students
/// see it at once, whatever the visibility of the tests, so it counts only the tests shown to them now. Gradescope itself hides
/// the total score while any test is hidden.
/// </summary>
internal static class GradescopeSummary
{
    public static string Of(GradingReport report, IReadOnlyList<GradescopeTest> tests)
    {
        var shown = tests.Where(test => test.Visibility == Visibility.Visible).ToList();
        var mistakes = TextReportLayout.Mistakes(report, test => test.Visibility == Visibility.Visible);
        if (shown.Count == tests.Count)
        {
            return Text(TextReportLayout.Overview(report).Concat(mistakes));
        }

        var view = report with
        {
            Score = shown.Sum(test => test.Score),
            MaxScore = shown.Sum(test => test.MaxScore),
            Exercises = report.Exercises.Select(exercise => ShownPart(exercise, shown)).ToList(),
        };
        var notShown = tests.Count - shown.Count;
        var note = $"{notShown} more {(notShown == 1 ? "test is" : "tests are")} not shown here, and {(notShown == 1 ? "its" : "their")} points are left out of these totals.";
        // Not "Total": Gradescope shows the score of every test beside this text once the hidden ones are released.
        return Text(TextReportLayout.Overview(view, "Tests shown so far").Append(TextLine.Empty).Append(new TextLine(new TextSpan(note))).Concat(mistakes));
    }

    private static ExerciseResult ShownPart(ExerciseResult exercise, IReadOnlyList<GradescopeTest> shown)
    {
        var ofExercise = shown.Where(test => test.Slug == exercise.Slug).ToList();
        return exercise with { Score = ofExercise.Sum(test => test.Score), MaxScore = ofExercise.Sum(test => test.MaxScore), Status = ShownStatus(exercise) };
    }

    /// <summary>The exercise's status, or, when the tests that decided it are not all shown, what the shown ones say.</summary>
    private static ExerciseStatus ShownStatus(ExerciseResult exercise)
    {
        if (GradescopeTest.CheckVisibility(exercise) == Visibility.Visible)
        {
            return exercise.Status;
        }

        return ExerciseResult.StatusOfRun(exercise.Tests.Where(test => test.Visibility == Visibility.Visible));
    }

    private static string Text(IEnumerable<TextLine> lines) => string.Join("\n", lines.Select(line => line.Plain));
}
