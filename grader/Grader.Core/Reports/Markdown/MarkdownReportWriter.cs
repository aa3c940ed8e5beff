using Grader.Suites;

namespace Grader.Reports;

/// <summary>
/// Markdown for a GitHub job summary: the total, a table of exercises, then what went wrong in each exercise
/// that did not get full marks and the likely mistakes behind it. Work that passes everything stays a headline and a table.
/// </summary>
internal sealed class MarkdownReportWriter : IReportWriter
{
    public string Format => "markdown";

    public string FileExtension => ".md";

    public void Write(GradingReport report, TextWriter output)
    {
        foreach (var line in Lines(report))
        {
            output.Write(line);
            output.Write('\n');
        }
    }

    private static IEnumerable<string> Lines(GradingReport report)
    {
        yield return $"## {MarkdownText.Inline(report.Submission)}: {ReportNumbers.OutOf(report.Score, report.MaxScore)} points ({ReportNumbers.Percent(report.Percent)}%)";
        yield return "";
        yield return $"Graded in {ReportNumbers.Seconds(report.ExecutionTimeSeconds)} s (sandbox: {MarkdownText.Inline(report.Sandbox)}).";
        yield return "";
        yield return "| Exercise | Score | Status |";
        yield return "| :-- | --: | :-- |";
        foreach (var exercise in report.Exercises)
        {
            var status = $"{Icon(exercise)} {ReportNames.Words(exercise.Status)}";
            yield return $"| {MarkdownText.Inline(exercise.Slug)} | {ReportNumbers.OutOf(exercise.Score, exercise.MaxScore)} | {status} |";
        }

        var troubled = report.Exercises.Where(HasProblems).ToList();
        if (troubled.Count == 0)
        {
            yield return "";
            yield return report.Exercises.Count == 0 ? "No exercises were graded." : "All tests passed.";
        }

        foreach (var line in troubled.SelectMany(Problems).Concat(Mistakes(report)))
        {
            yield return line;
        }
    }

    private static IEnumerable<string> Mistakes(GradingReport report)
    {
        var mistakes = Scoring.SubmissionMistakes.Of(report);
        if (mistakes.Count == 0)
        {
            yield break;
        }

        yield return "";
        yield return "### Likely mistakes behind the failed tests";
        yield return "";
        yield return "| Mistake | Tests | Exercises |";
        yield return "| :-- | --: | :-- |";
        foreach (var mistake in mistakes)
        {
            yield return $"| {MarkdownText.Inline(mistake.Title)} | {mistake.Tests} | {string.Join(", ", mistake.Exercises.Select(MarkdownText.Inline))} |";
        }
    }

    private static IEnumerable<string> Problems(ExerciseResult exercise)
    {
        yield return "";
        yield return $"### {MarkdownText.Inline(exercise.Slug)}";
        if (!exercise.IsGraded())
        {
            var label = ReportNames.Words(exercise.Status);
            var message = MarkdownText.Shortened(exercise.MessageOrStatus());
            yield return "";
            if (MarkdownText.IsOneLine(message))
            {
                yield return $"**{char.ToUpperInvariant(label[0])}{label[1..]}:** {MarkdownText.Inline(message)}";
            }
            else
            {
                yield return $"**{char.ToUpperInvariant(label[0])}{label[1..]}:**";
                yield return "";
                foreach (var line in MarkdownText.Fenced(message, indent: ""))
                {
                    yield return line;
                }
            }
        }

        var failed = exercise.Tests.Where(test => test.Status != TestStatus.Passed).ToList();
        if (failed.Count > 0)
        {
            yield return "";
        }

        foreach (var test in failed)
        {
            var visibility = test.Visibility == Visibility.Visible ? "" : $", {ReportNames.Words(test.Visibility)}";
            var item = $"- ❌ **{MarkdownText.Inline(test.Name)}** ({ReportNames.Words(test.Status)}, {ReportNumbers.OutOf(test.Score, test.MaxScore)}{visibility})";
            var message = MarkdownText.Shortened(test.MessageOrStatus());
            if (MarkdownText.IsOneLine(message))
            {
                yield return $"{item}: {MarkdownText.Inline(message)}";
                continue;
            }

            yield return $"{item}:";
            yield return "";
            foreach (var line in MarkdownText.Fenced(message, indent: "  "))
            {
                yield return line;
            }
        }
    }

    private static bool HasProblems(ExerciseResult exercise) =>
        !exercise.IsGraded() || exercise.Tests.Any(test => test.Status != TestStatus.Passed);

    private static string Icon(ExerciseResult exercise) =>
        !exercise.IsGraded() ? "❌" : exercise.Score >= exercise.MaxScore ? "✅" : "⚠️";
}
