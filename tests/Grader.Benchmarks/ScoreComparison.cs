using Grader.Reports;

namespace Grader.Benchmarks;

/// <summary>Compares the baseline's points per exercise with what grade-all wrote for the same submission.</summary>
internal static class ScoreComparison
{
    public static bool Same(IReadOnlyDictionary<string, double> baseline, string reportPath, out string difference)
    {
        var report = JsonReportReader.Read(File.ReadAllText(reportPath));
        var differences = report.Exercises
            .Where(exercise => Math.Abs(baseline.GetValueOrDefault(exercise.Slug) - exercise.Score) > 0.001)
            .Select(exercise => $"{exercise.Slug}: baseline {baseline.GetValueOrDefault(exercise.Slug)}, grade-all {exercise.Score}")
            .ToList();
        difference = string.Join("; ", differences);
        return differences.Count == 0;
    }
}
