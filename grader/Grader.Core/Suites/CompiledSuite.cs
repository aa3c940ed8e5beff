using Grader.Compilation;
using Grader.Exercises;

namespace Grader.Suites;

/// <summary>
/// An exercise's hidden suite, ready to grade with: the act half as bytes for workers (the visible tests' acts with the
/// suite's helpers, and the other tests' acts, loaded beside them), the tests with their checks loaded in the grader, and
/// the exercise's contract to compile and compare learner code against.
/// </summary>
public sealed record CompiledSuite(
    ExerciseInfo Exercise,
    ExerciseContract Contract,
    byte[] HiddenActImage,
    byte[] VisibleActImage,
    IReadOnlyList<HiddenTestInfo> Tests)
{
    public double MaxScore => Tests.Sum(test => test.Points);
}
