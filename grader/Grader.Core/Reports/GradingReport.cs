namespace Grader.Reports;

/// <summary>Everything known about one graded submission. Every report format is written from this.</summary>
public sealed record GradingReport(
    string Submission,
    double Score,
    double MaxScore,
    double ExecutionTimeSeconds,
    string Sandbox,
    IReadOnlyList<ExerciseResult> Exercises)
{
    public const int FormatVersion = 1;

    public double Percent => MaxScore <= 0 ? 0 : Math.Round(100 * Score / MaxScore, 1);
}
