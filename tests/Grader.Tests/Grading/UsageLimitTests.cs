using Grader.Reports;

namespace Grader.Tests.Grading;

/// <summary>
/// A worker that breaks a limit the grader watches from outside is stopped for it, and the report says so, even
/// when the test's time limit comes before the watch's next beat (as it can on a loaded machine).
/// </summary>
[Collection(GradingCollection.Name)]
public class UsageLimitTests(GradingFixture grading)
{
    [Fact]
    public async Task Grade_ThreadHogThatTheWatchHasNotSeenYet_IsReportedForItsThreadsNotItsTime()
    {
        var dispatcher = DispatcherSources.CorrectAfter("""
                if (toolCall.Function.Name == "fly_to_moon")
                {
                    for (var started = 0; started < 80; started++)
                    {
                        new Thread(() => Thread.Sleep(Timeout.Infinite)) { IsBackground = true }.Start();
                    }

                    Thread.Sleep(Timeout.Infinite);
                }
            """);
        var limits = GradingFixture.Limits with
        {
            MaxThreads = 60,
            UsageCheckInterval = TimeSpan.FromHours(1),
            TestTimeout = TimeSpan.FromSeconds(2),
        };
        using var session = grading.OpenPrivateSession(limits);

        var report = await session.GradeAsync(grading.AllCorrectWithDispatcher(dispatcher, "thread-hog-between-beats"));

        var dispatch = report.Exercises.Single(exercise => exercise.Slug == "02-dispatch-tool-call");
        var hog = dispatch.Tests.Single(test => test.Score < test.MaxScore);
        hog.Status.Should().Be(TestStatus.Error, hog.Message);
        hog.Message.Should().Contain("more than the 60 allowed");
        dispatch.Status.Should().Be(ExerciseStatus.Crashed);
    }
}
