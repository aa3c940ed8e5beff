using Grader.Suites;

namespace Grader.Reports;

/// <summary>
/// One entry of Gradescope's <c>tests</c>: a hidden test, or the check that an exercise which could not be graded
/// failed. That check carries the points the exercise's own tests do not, so the test scores add up to the total.
/// </summary>
internal sealed record GradescopeTest(string Slug, string Name, double Score, double MaxScore, bool Passed, string Output, Visibility Visibility)
{
    public static IEnumerable<GradescopeTest> Of(ExerciseResult exercise)
    {
        if (!exercise.IsGraded())
        {
            yield return new GradescopeTest(
                exercise.Slug,
                exercise.FailedCheckName(),
                exercise.Score - exercise.Tests.Sum(test => test.Score),
                exercise.MaxScore - exercise.Tests.Sum(test => test.MaxScore),
                Passed: false,
                exercise.MessageOrStatus(),
                CheckVisibility(exercise));
        }

        foreach (var test in exercise.Tests)
        {
            var passed = test.Status == TestStatus.Passed;
            var output = passed ? test.Message : test.MessageOrStatus();
            yield return new GradescopeTest(exercise.Slug, test.Name, test.Score, test.MaxScore, passed, output, test.Visibility);
        }
    }

    /// <summary>
    /// A compile error or a missing exercise is about the student's own files, so it is always shown. A crash or a
    /// timeout is what the tests ran into, and its message counts how many of them passed, so it is shown no sooner
    /// than the last of those tests.
    /// </summary>
    public static Visibility CheckVisibility(ExerciseResult exercise) =>
        exercise.Status is ExerciseStatus.Crashed or ExerciseStatus.TimedOut
            ? exercise.Tests.Select(test => test.Visibility).Aggregate(Visibility.Visible, Later)
            : Visibility.Visible;

    private static Visibility Later(Visibility one, Visibility other) => Rank(one) >= Rank(other) ? one : other;

    private static int Rank(Visibility visibility) => visibility switch
    {
        Visibility.Visible => 0,
        Visibility.AfterDueDate => 1,
        _ => 2,
    };
}
