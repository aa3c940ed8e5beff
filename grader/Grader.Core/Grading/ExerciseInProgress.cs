using Grader.Execution;
using Grader.Reports;

namespace Grader.Grading;

/// <summary>
/// An exercise between its two steps: its visible tests have run and the others wait (<see cref="Run"/>), or it needs no
/// second step, as it was not run or ran all its tests at once, and its verdict is reached or on its way (<see cref="Verdict"/>).
/// </summary>
/// <param name="Ran">How long the first step took.</param>
internal sealed record ExerciseInProgress(ExercisePreparation? Prepared, ExerciseRun? Run, TimeSpan Ran, Task<ExerciseResult>? Verdict)
{
    public static ExerciseInProgress Started(ExercisePreparation prepared, ExerciseRun run, TimeSpan ran) => new(prepared, run, ran, null);

    public static ExerciseInProgress Judging(Task<ExerciseResult> verdict) => new(null, null, TimeSpan.Zero, verdict);

    public static ExerciseInProgress Done(ExerciseResult result) => Judging(Task.FromResult(result));
}
