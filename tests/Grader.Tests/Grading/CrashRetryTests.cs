using Grader.Execution;
using Grader.Reports;

namespace Grader.Tests.Grading;

/// <summary>
/// A test that takes its worker down runs once more in a fresh worker before the crash counts. Learner code that
/// crashes does so again (the hostile corpus shows it); a worker lost once, for whatever reason, costs nothing.
/// </summary>
[Collection(GradingCollection.Name)]
public class CrashRetryTests(GradingFixture grading)
{
    [Fact]
    public async Task Grade_TestWhoseWorkerDiesOnlyTheFirstTime_IsRunAgainAndScores()
    {
        // Without a sandbox, workers share the real temporary folder: the marker tells the second run it is not the first.
        var marker = Path.Combine(grading.NewFolder(), "crashed");
        var dispatcher = DispatcherSources.CorrectAfter($$"""
                if (toolCall.Function.Name == "fly_to_moon" && !File.Exists(@"{{marker}}"))
                {
                    File.WriteAllText(@"{{marker}}", "");
                    Environment.FailFast("a worker lost once");
                }
            """);
        using var session = grading.OpenPrivateSession(sandbox: SandboxMode.None);

        var report = await session.GradeAsync(grading.AllCorrectWithDispatcher(dispatcher, "crashes-once"));

        File.Exists(marker).Should().BeTrue("the first run of the test should have taken its worker down");
        var dispatch = report.Exercises.Single(exercise => exercise.Slug == "02-dispatch-tool-call");
        dispatch.Status.Should().Be(ExerciseStatus.Graded);
        dispatch.Score.Should().Be(dispatch.MaxScore, "the test ran again in a fresh worker: {0}",
            string.Join("; ", dispatch.Tests.Where(test => test.Score < test.MaxScore).Select(test => test.Message)));
    }
}
