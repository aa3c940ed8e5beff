using System.CommandLine;
using System.Globalization;
using Grader.Infrastructure;
using Grader.Reports;

namespace Grader.Cli.Commands;

/// <summary>The CI gate: exit code 2 when a score is below the <c>--fail-under</c> percentage.</summary>
public static class FailUnder
{
    /// <summary>The threshold, read before grading starts so that a wrong one costs no grading time.</summary>
    public static double? Read(ParseResult parse, Option<double?> option)
    {
        var threshold = parse.GetValue(option);
        return threshold is null or (>= 0 and <= 100)
            ? threshold
            : throw new UserError($"--fail-under is a percentage between 0 and 100, not {threshold}.");
    }

    /// <summary>Compares the exact share of the points, not the rounded percentage that reports show.</summary>
    public static int ExitCode(GradingReport report, double? threshold)
    {
        var percent = report.MaxScore <= 0 ? 0 : 100 * report.Score / report.MaxScore;
        // A margin far below any score's precision, so that exactly 80 % is not found below 80 by a rounding error.
        if (threshold is null || percent >= threshold - 1e-9)
        {
            return ExitCodes.Completed;
        }

        Console.Error.WriteLine(
            $"The score {ReportNumbers.OutOf(report.Score, report.MaxScore)} ({percent.ToString("0.##", CultureInfo.InvariantCulture)}%) " +
            $"is below --fail-under {threshold.Value.ToString("0.####", CultureInfo.InvariantCulture)}%.");
        return ExitCodes.BelowThreshold;
    }
}
