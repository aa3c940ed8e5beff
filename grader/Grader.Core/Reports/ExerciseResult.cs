namespace Grader.Reports;

/// <summary>The outcome of one exercise of a submission, with the tests that decided its score.</summary>
/// <param name="ExecutionTimeSeconds">Reading and compiling the exercise plus running its tests, in seconds.</param>
public sealed record ExerciseResult(
    string Slug,
    double Score,
    double MaxScore,
    ExerciseStatus Status,
    string Message,
    IReadOnlyList<TestResult> Tests,
    double ExecutionTimeSeconds = 0);
