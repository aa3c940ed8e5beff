using Grader.Reports;
using Grader.Scoring;

namespace Grader.Grading;

/// <summary>
/// The common mistakes of a whole class, for the instructor: each one the tests recognised, in how many submissions,
/// and in which exercises. What to go over again in the next lesson.
/// </summary>
public static class ClassMistakes
{
    /// <param name="Title">The mistake in a few words, or its id when this grader does not know it.</param>
    /// <param name="Exercises">The slugs of the exercises where it was seen, in order.</param>
    /// <param name="Names">The names of the submissions that failed at least one test because of it, in order.</param>
    public sealed record Row(string Id, string Title, IReadOnlyList<string> Exercises, IReadOnlyList<string> Names)
    {
        public int Submissions => Names.Count;
    }

    /// <summary>The mistakes seen, the most widespread first.</summary>
    public static IReadOnlyList<Row> Of(IEnumerable<GradingReport> reports)
    {
        var sightings = reports
            .SelectMany(report => report.Exercises.SelectMany(exercise => exercise.Tests
                .Where(test => test.LikelyMistake is not null)
                .Select(test => (report.Submission, exercise.Slug, Id: test.LikelyMistake!))))
            .ToList();
        return sightings
            .GroupBy(sighting => sighting.Id, StringComparer.Ordinal)
            .Select(group => new Row(
                group.Key,
                LikelyMistake.WithId(group.Key)?.Title ?? group.Key,
                [.. group.Select(sighting => sighting.Slug).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                [.. group.Select(sighting => sighting.Submission).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]))
            .OrderByDescending(row => row.Submissions)
            .ThenBy(row => row.Id, StringComparer.Ordinal)
            .ToList();
    }
}
