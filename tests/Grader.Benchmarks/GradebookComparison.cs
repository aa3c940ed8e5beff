namespace Grader.Benchmarks;

/// <summary>
/// Grading the same class again must give the same gradebook, row for row: a score that moves between runs would
/// depend on timing or on what ran before, which the grader promises it never does.
/// </summary>
internal static class GradebookComparison
{
    /// <returns>Null when both gradebooks are the same; otherwise the first line that differs, in both.</returns>
    public static string? FirstDifference(string firstPath, string otherPath)
    {
        var first = File.ReadAllLines(firstPath);
        var other = File.ReadAllLines(otherPath);
        for (var index = 0; index < Math.Max(first.Length, other.Length); index++)
        {
            var expected = index < first.Length ? first[index] : "(no line)";
            var actual = index < other.Length ? other[index] : "(no line)";
            if (expected != actual)
            {
                return $"line {index + 1}: '{actual}' instead of '{expected}'";
            }
        }

        return null;
    }
}
