using Grader.Execution;
using Grader.Reports;

namespace Grader.Grading;

/// <summary>
/// An exercise between its two steps: its visible tests have run and the others wait (<see cref="Run"/>), or it needs no
/// second step, as it was not run or ran all its tests at once (<see cref="Result"/>).
/// </summary>
/// <param name="Ran">How long the first step took.</param>
internal sealed record ExerciseInProgress(ExercisePreparation? Prepared, ExerciseRun? Run, TimeSpan Ran, ExerciseResult? Result)
{
    public static ExerciseInProgress Started(ExercisePreparation prepared, ExerciseRun run, TimeSpan ran) => new(prepared, run, ran, null);

    public static ExerciseInProgress Done(ExerciseResult result) => new(null, null, TimeSpan.Zero, result);
}
