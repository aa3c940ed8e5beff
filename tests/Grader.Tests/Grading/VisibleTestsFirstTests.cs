using Grader.Reports;
using Grader.Scenarios;
using Grader.Submissions;
using Grader.Suites;

namespace Grader.Tests.Grading;

/// <summary>
/// Code that shares its worker can leave traces there that no rule can forbid, such as which types it asked for hash codes.
/// Every exercise's visible tests run before any exercise's hidden tests, so a trace that a hidden test's arguments made
/// never reaches a test whose details a learner sees.
/// </summary>
[Collection(GradingCollection.Name)]
public class VisibleTestsFirstTests(GradingFixture grading)
{
    [Fact]
    public async Task Grade_TraceThatNoRuleForbids_NeverReachesTheNextExercisesVisibleTests()
    {
        // A session of its own: its first worker has run nothing, so any trace in it is this submission's.
        var scenario = Scenario.Load(Path.Combine(grading.Repository.Scenarios, "traces", "hash-codes"));
        using var session = grading.OpenPrivateSession();

        var report = await session.GradeAsync(Submission.Open(grading.Assemble(scenario), "hash-codes"));

        var dispatch = report.Exercises.Single(exercise => exercise.Slug == "02-dispatch-tool-call");
        dispatch.Score.Should().Be(dispatch.MaxScore, "leaving the trace does not make exercise 02's answers wrong");
        var agent = report.Exercises.Single(exercise => exercise.Slug == "03-two-tool-agent");
        agent.Tests.Where(test => test.Visibility == Visibility.Visible).Should().OnlyContain(test => test.Status == TestStatus.Passed,
            "exercise 03's visible tests run before exercise 02 is given a hidden test's arguments: {0}",
            string.Join("\n", agent.Tests.Select(test => $"{test.Visibility} {test.Status} {test.Name}: {test.Message}")));
        agent.Score.Should().BeLessThan(agent.MaxScore, "its hidden tests run after exercise 02's, and find the trace: it is there to be found");
    }
}
