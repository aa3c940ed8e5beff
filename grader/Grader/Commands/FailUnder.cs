using System.CommandLine;
using System.Globalization;
using Grader.Grading;
using Grader.Infrastructure;
using Grader.Reports;

namespace Grader.Cli.Commands;

/// <summary>The CI gate: exit code 2 when a score is below the <c>--fail-under</c> percentage.</summary>
public static class FailUnder
{
    private const int MaxNamesListed = 10;

    public static Option<double?> CreateOption(string description) => new("--fail-under")
    {
        Description = description,
        CustomParser = NumberParser.OptionalPercentage("--fail-under", "80"),
    };

    /// <summary>The threshold, read before grading starts so that a wrong one costs no grading time.</summary>
    public static double? Read(ParseResult parse, Option<double?> option)
    {
        var threshold = parse.GetValue(option);
        return threshold is null or (>= 0 and <= 100)
            ? threshold
            : throw new UserError($"--fail-under is a percentage between 0 and 100, not {threshold}.");
    }

    public static int ExitCode(GradingReport report, double? threshold)
    {
        if (threshold is null || !IsBelow(report, threshold.Value))
        {
            return ExitCodes.Completed;
        }

        Console.Error.WriteLine($"The score {Describe(report)} is below --fail-under {Shown(threshold.Value)}%.");
        return ExitCodes.BelowThreshold;
    }

    /// <summary>For a class: code 2 when any report is below the threshold, naming those submissions.</summary>
    public static int ExitCode(IReadOnlyList<SubmissionOutcome> outcomes, double? threshold)
    {
        if (threshold is null)
        {
            return ExitCodes.Completed;
        }

        var graded = outcomes.Where(outcome => outcome.Report is not null).ToList();
        var below = graded.Where(outcome => IsBelow(outcome.Report!, threshold.Value)).ToList();
        if (below.Count == 0)
        {
            return ExitCodes.Completed;
        }

        var listed = below.Take(MaxNamesListed).Select(outcome => $"{VisibleText.OneLine(outcome.Name)} {Describe(outcome.Report!)}");
        var rest = below.Count > MaxNamesListed ? $", and {below.Count - MaxNamesListed} more (see the gradebook)" : "";
        Console.Error.WriteLine(
            $"{below.Count} of {graded.Count} {(graded.Count == 1 ? "submission scores" : "submissions score")} below --fail-under {Shown(threshold.Value)}%: " +
            $"{string.Join(", ", listed)}{rest}.");
        return ExitCodes.BelowThreshold;
    }

    /// <summary>Compares the exact share of the points, not the rounded percentage that reports show.</summary>
    private static bool IsBelow(GradingReport report, double threshold) =>
        // A margin far below any score's precision, so that exactly 80 % is not found below 80 by a rounding error.
        Percent(report) < threshold - 1e-9;

    private static double Percent(GradingReport report) => report.MaxScore <= 0 ? 0 : 100 * report.Score / report.MaxScore;

    private static string Describe(GradingReport report) =>
        $"{ReportNumbers.OutOf(report.Score, report.MaxScore)} ({Percent(report).ToString("0.##", CultureInfo.InvariantCulture)}%)";

    private static string Shown(double threshold) => threshold.ToString("0.####", CultureInfo.InvariantCulture);
}
