using Grader.Execution;
using Grader.Suites;

namespace Grader.Tests.Grading;

/// <summary>
/// The visible tests run first, beside a copy of the acts that holds only theirs; the other tests then run beside the
/// same load of the learner's code, as under <c>dotnet test</c>, and loading it again would cost every exercise time.
/// </summary>
[Collection(GradingCollection.Name)]
public class ExercisePhasesTests(GradingFixture grading)
{
    [Fact]
    public async Task Grade_ExerciseWhoseWorkerSurvives_LoadsTheLearnersCodeOnceForVisibleAndHiddenTests()
    {
        // Without a sandbox, workers share the real temporary folder: each call writes which load of the code made it.
        var marker = Path.Combine(grading.NewFolder(), "loads");
        var dispatcher = DispatcherSources.CorrectAfter(
            $$"""
                    File.AppendAllText(@"{{marker}}", Load + "\n");
            """,
            """
                private static readonly string Load = Guid.NewGuid().ToString();
            """);
        using var session = grading.OpenPrivateSession(sandbox: SandboxMode.None);

        var report = await session.GradeAsync(grading.AllCorrectWithDispatcher(dispatcher, "counts-its-loads"));

        var dispatch = report.Exercises.Single(exercise => exercise.Slug == "02-dispatch-tool-call");
        dispatch.Score.Should().Be(dispatch.MaxScore, string.Join("; ", dispatch.Tests.Where(test => test.Score < test.MaxScore).Select(test => test.Message)));
        dispatch.Tests.Should().Contain(test => test.Visibility == Visibility.Visible).And.Contain(test => test.Visibility != Visibility.Visible);
        File.ReadAllLines(marker).Distinct().Should().ContainSingle("the hidden tests continue beside the code the visible tests loaded");
    }
}
