using Grader.Suites;

namespace Grader.Reports;

/// <summary>One hidden test's verdict. The message never shows hidden inputs or expected values.</summary>
/// <param name="LikelyMistake">The id of the common mistake the failure points to, when the test recognised one.</param>
public sealed record TestResult(
    string Name,
    double Score,
    double MaxScore,
    TestStatus Status,
    string Message,
    Visibility Visibility,
    string? LikelyMistake = null);
