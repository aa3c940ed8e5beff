using Grader.Compilation;
using Grader.Exercises;

namespace Grader.Suites;

/// <summary>
/// An exercise's hidden suite, ready to grade with: the act half as bytes for workers (whole, and with the visible tests'
/// acts only, for the run of the visible tests), the tests with
/// their checks loaded in the grader, and the exercise's contract to compile and compare learner code against.
/// </summary>
public sealed record CompiledSuite(
    ExerciseInfo Exercise,
    ExerciseContract Contract,
    byte[] ActImage,
    byte[] VisibleActImage,
    IReadOnlyList<HiddenTestInfo> Tests)
{
    public double MaxScore => Tests.Sum(test => test.Points);
}
