using Grader.Reports;

namespace Grader.Scoring;

/// <summary>
/// The likely mistakes behind one submission's failed tests, the most frequent first: what to fix first, at a glance.
/// </summary>
internal static class SubmissionMistakes
{
    /// <param name="Title">The mistake in a few words, or its id when this grader does not know it.</param>
    /// <param name="Tests">How many failed tests point to it.</param>
    /// <param name="Exercises">The slugs of the exercises those tests belong to, in the report's order.</param>
    public sealed record Row(string Id, string Title, int Tests, IReadOnlyList<string> Exercises);

    /// <param name="include">Which tests to count; all of them when null (a student's view counts only what it shows).</param>
    public static IReadOnlyList<Row> Of(GradingReport report, Func<TestResult, bool>? include = null) =>
        report.Exercises
            .SelectMany(exercise => exercise.Tests
                .Where(test => test.LikelyMistake is not null && (include?.Invoke(test) ?? true))
                .Select(test => (exercise.Slug, Id: test.LikelyMistake!)))
            .GroupBy(sighting => sighting.Id, StringComparer.Ordinal)
            .Select(group => new Row(
                group.Key,
                LikelyMistake.WithId(group.Key)?.Title ?? group.Key,
                group.Count(),
                [.. group.Select(sighting => sighting.Slug).Distinct(StringComparer.Ordinal)]))
            .OrderByDescending(row => row.Tests)
            .ThenBy(row => row.Id, StringComparer.Ordinal)
            .ToList();
}
