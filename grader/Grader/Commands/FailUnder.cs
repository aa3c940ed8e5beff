using System.CommandLine;
using Grader.Infrastructure;

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

    public static int ExitCode(double percent, double? threshold)
    {
        if (threshold is null || percent >= threshold)
        {
            return ExitCodes.Completed;
        }

        Console.Error.WriteLine($"The score {percent:0.#}% is below --fail-under {threshold:0.#}%.");
        return ExitCodes.BelowThreshold;
    }
}
