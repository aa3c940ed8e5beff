namespace Grader.Cli.Commands;

/// <summary>What the grader's exit code tells a script or CI job.</summary>
public static class ExitCodes
{
    /// <summary>Grading (or the command) completed, whatever the score.</summary>
    public const int Completed = 0;

    /// <summary>A usage or input error; the message says what to fix.</summary>
    public const int UsageOrInput = 1;

    /// <summary>--fail-under was given and the score is below it.</summary>
    public const int BelowThreshold = 2;

    /// <summary>The grader itself failed (for example, a sandbox that would not start); no score was recorded for what it could not grade.</summary>
    public const int GraderFailure = 3;
}
