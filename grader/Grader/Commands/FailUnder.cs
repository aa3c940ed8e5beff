using Grader.Infrastructure;

namespace Grader.Cli.Commands;

/// <summary>The CI gate: exit code 2 when a score is below the <c>--fail-under</c> percentage.</summary>
public static class FailUnder
{
    public static int ExitCode(double percent, double? threshold)
    {
        if (threshold is null)
        {
            return ExitCodes.Completed;
        }

        if (threshold is < 0 or > 100)
        {
            throw new UserError($"--fail-under is a percentage between 0 and 100, not {threshold}.");
        }

        if (percent >= threshold)
        {
            return ExitCodes.Completed;
        }

        Console.Error.WriteLine($"The score {percent:0.#}% is below --fail-under {threshold:0.#}%.");
        return ExitCodes.BelowThreshold;
    }
}
