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
    double ExecutionTimeSeconds = 0)
{
    /// <summary>The status of an exercise whose tests ran: crashed when one of them crashed, else timed out when one did.</summary>
    public static ExerciseStatus StatusOfRun(IEnumerable<TestResult> tests)
    {
        var statuses = tests.Select(test => test.Status).ToList();
        return statuses.Contains(TestStatus.Error) ? ExerciseStatus.Crashed
            : statuses.Contains(TestStatus.Timeout) ? ExerciseStatus.TimedOut
            : ExerciseStatus.Graded;
    }
}
