namespace Grader.Reports;

/// <summary>
/// The text report as lines, laid out the same whether they end up in colour on a terminal or plain in a
/// file: one line per exercise in aligned columns, what went wrong indented below it, and a total.
/// </summary>
internal static class TextReportLayout
{
    private const string ExerciseIndent = "  ";
    private const string DetailIndent = "      ";
    private const int LabelWidth = 9; // "timeout" and a space or two

    private const string MistakesHeading = "Likely mistakes behind the failed tests:";

    public static IEnumerable<TextLine> Lines(GradingReport report)
    {
        var duration = ReportNumbers.Seconds(report.ExecutionTimeSeconds);
        yield return new TextLine(
            new TextSpan($"Submission {VisibleText.OneLine(report.Submission)}", TextTone.Strong),
            new TextSpan($", graded in {duration} s (sandbox: {VisibleText.OneLine(report.Sandbox)})", TextTone.Quiet));
        yield return TextLine.Empty;
        foreach (var line in ExerciseLines(report, withDetails: true))
        {
            yield return line;
        }

        yield return TextLine.Empty;
        yield return Total(report);
        foreach (var line in Mistakes(report))
        {
            yield return line;
        }
    }

    /// <summary>The likely mistakes behind the failed tests that <paramref name="include"/> admits, under a heading; nothing when there are none.</summary>
    public static IEnumerable<TextLine> Mistakes(GradingReport report, Func<TestResult, bool>? include = null)
    {
        var mistakes = Scoring.SubmissionMistakes.Of(report, include);
        if (mistakes.Count == 0)
        {
            yield break;
        }

        yield return TextLine.Empty;
        yield return new TextLine(new TextSpan(MistakesHeading, TextTone.Strong));
        foreach (var mistake in mistakes)
        {
            var tests = ToolCalling.Testing.Teaching.Count(mistake.Tests, "test");
            var exercises = string.Join(", ", mistake.Exercises.Select(VisibleText.OneLine));
            yield return new TextLine(new TextSpan($"{ExerciseIndent}{VisibleText.OneLine(mistake.Title)}: "), new TextSpan($"{tests} in {exercises}", TextTone.Quiet));
        }
    }

    /// <summary>The total and one line per exercise, without details: a summary for other formats to show.</summary>
    /// <param name="totalLabel">What the total is called, for a summary that counts only some of the tests.</param>
    public static IEnumerable<TextLine> Overview(GradingReport report, string totalLabel = "Total") =>
        new[] { Total(report, totalLabel), TextLine.Empty }.Concat(ExerciseLines(report, withDetails: false));

    private static TextLine Total(GradingReport report, string label = "Total") => new(
        new TextSpan($"{label}: {ReportNumbers.OutOf(report.Score, report.MaxScore)} points ({ReportNumbers.Percent(report.Percent)}%)", TextTone.Strong));

    private static IEnumerable<TextLine> ExerciseLines(GradingReport report, bool withDetails)
    {
        if (report.Exercises.Count == 0)
        {
            yield return new TextLine(new TextSpan($"{ExerciseIndent}No exercises were graded.", TextTone.Warning));
            yield break;
        }

        var slugWidth = report.Exercises.Max(exercise => VisibleText.OneLine(exercise.Slug).Length);
        var scoreWidth = report.Exercises.Max(exercise => ReportNumbers.OutOf(exercise.Score, exercise.MaxScore).Length);
        foreach (var exercise in report.Exercises)
        {
            var score = ReportNumbers.OutOf(exercise.Score, exercise.MaxScore);
            yield return new TextLine(
                new TextSpan(ExerciseIndent + VisibleText.OneLine(exercise.Slug).PadRight(slugWidth + 2)),
                new TextSpan(score, ScoreTone(exercise.Score, exercise.MaxScore)),
                new TextSpan(new string(' ', scoreWidth - score.Length + 2)),
                new TextSpan(ReportNames.Words(exercise.Status), exercise.IsGraded() ? TextTone.Plain : TextTone.Bad));
            if (withDetails)
            {
                foreach (var line in Details(exercise))
                {
                    yield return line;
                }
            }
        }
    }

    private static IEnumerable<TextLine> Details(ExerciseResult exercise)
    {
        if (!exercise.IsGraded())
        {
            foreach (var line in VisibleText.Lines(LongText.Shorten(exercise.MessageOrStatus())))
            {
                yield return Quiet(DetailIndent, line);
            }
        }

        foreach (var test in exercise.Tests.Where(test => test.Status != TestStatus.Passed))
        {
            var visibility = test.Visibility == Suites.Visibility.Visible ? "" : ", " + ReportNames.Words(test.Visibility);
            yield return new TextLine(
                new TextSpan(DetailIndent),
                new TextSpan(ReportNames.Words(test.Status).PadRight(LabelWidth), test.Status == TestStatus.Timeout ? TextTone.Warning : TextTone.Bad),
                new TextSpan(VisibleText.OneLine(test.Name)),
                new TextSpan($" ({ReportNumbers.OutOf(test.Score, test.MaxScore)}{visibility})", TextTone.Quiet));
            foreach (var line in VisibleText.Lines(LongText.Shorten(test.MessageOrStatus())))
            {
                yield return Quiet(DetailIndent + new string(' ', LabelWidth), line);
            }
        }
    }

    /// <summary>An indented line of a message, with no trailing spaces so that files stay clean.</summary>
    private static TextLine Quiet(string indent, string line) =>
        string.IsNullOrWhiteSpace(line) ? TextLine.Empty : new TextLine(new TextSpan(indent + line.TrimEnd(), TextTone.Quiet));

    private static TextTone ScoreTone(double score, double maxScore) =>
        score >= maxScore ? TextTone.Good : score > 0 ? TextTone.Warning : TextTone.Bad;
}
