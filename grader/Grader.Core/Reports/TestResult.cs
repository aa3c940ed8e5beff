using Grader.Suites;

namespace Grader.Reports;

/// <summary>One hidden test's verdict. The message never shows hidden inputs or expected values.</summary>
public sealed record TestResult(
    string Name,
    double Score,
    double MaxScore,
    TestStatus Status,
    string Message,
    Visibility Visibility);
