using Grader.Reports;

namespace Grader.Tests.Grading;

/// <summary>
/// When an exercise's share of the time budget runs out, the test it cut short says so, and the summary counts the
/// tests that then could not run: it never claims that they were graded normally.
/// </summary>
[Collection(GradingCollection.Name)]
public class TimeBudgetTests(GradingFixture grading)
{
    [Fact]
    public async Task Grade_ShareRunsOutDuringAnEndlessTest_NamesTheShareAndCountsTheTestsNotRun()
    {
        var dispatcher = DispatcherSources.CorrectAfter("""
                if (toolCall.Function.Name == "fly_to_moon")
                {
                    while (true)
                    {
                    }
                }
            """);
        var limits = GradingFixture.Limits with { TestTimeout = TimeSpan.FromSeconds(20), SubmissionBudget = TimeSpan.FromSeconds(12) };
        using var session = grading.OpenPrivateSession(limits);

        var report = await session.GradeAsync(grading.AllCorrectWithDispatcher(dispatcher, "endless-within-a-short-budget"));

        var dispatch = report.Exercises.Single(exercise => exercise.Slug == "02-dispatch-tool-call");
        var stopped = dispatch.Tests.Where(test => test.Status == TestStatus.Timeout).ToList();
        stopped.Should().ContainSingle().Which.Message.Should().Contain("Stopped when this exercise's share of the time budget (2 s) ran out")
            .And.NotContain("Timed out after 20 s", "the test never had its own 20 s");
        var notRun = dispatch.Tests.Count(test => test.Message.Contains("Not run: this exercise's share of the time budget", StringComparison.Ordinal));
        notRun.Should().BePositive("the endless test used up the share, so the tests after it had none");
        dispatch.Message.Should().Contain($"1 timed out, and {notRun} could not run (each says why); the other tests were graded normally.");
    }
}
