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

    /// <summary>The result of the exercise <paramref name="slug"/>, or null when this report does not mention it.</summary>
    public ExerciseResult? Exercise(string slug) => Exercises.FirstOrDefault(exercise => exercise.Slug == slug);

    /// <summary>A gradebook's exercise columns: every slug of any of the reports, in slug order.</summary>
    public static IReadOnlyList<string> SlugsOf(IEnumerable<GradingReport> reports) =>
        reports.SelectMany(report => report.Exercises.Select(exercise => exercise.Slug)).Distinct().Order(StringComparer.Ordinal).ToList();
}
