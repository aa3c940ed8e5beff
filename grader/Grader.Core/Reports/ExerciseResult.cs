namespace Grader.Reports;

/// <summary>The outcome of one exercise of a submission, with the tests that decided its score.</summary>
public sealed record ExerciseResult(
    string Slug,
    double Score,
    double MaxScore,
    ExerciseStatus Status,
    string Message,
    IReadOnlyList<TestResult> Tests);
