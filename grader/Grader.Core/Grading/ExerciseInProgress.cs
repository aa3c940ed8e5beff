using Grader.Execution;
using Grader.Reports;

namespace Grader.Grading;

/// <summary>
/// An exercise between its two steps: its visible tests have run and the others wait (<see cref="Run"/>), with the visible
/// tests' verdicts on their way (<see cref="VisibleVerdicts"/>); or it needs no second step, as it was not run or ran all its
/// tests at once, and its verdict is reached or on its way (<see cref="Verdict"/>).
/// </summary>
/// <param name="Ran">How long the first step took.</param>
internal sealed record ExerciseInProgress(
    ExercisePreparation? Prepared, ExerciseRun? Run, TimeSpan Ran, Task<IReadOnlyDictionary<string, TestResult>>? VisibleVerdicts, Task<ExerciseResult>? Verdict)
{
    public static ExerciseInProgress Started(ExercisePreparation prepared, ExerciseRun run, TimeSpan ran, Task<IReadOnlyDictionary<string, TestResult>> visibleVerdicts) =>
        new(prepared, run, ran, visibleVerdicts, null);

    public static ExerciseInProgress Judging(Task<ExerciseResult> verdict) => new(null, null, TimeSpan.Zero, null, verdict);

    public static ExerciseInProgress Done(ExerciseResult result) => Judging(Task.FromResult(result));
}
