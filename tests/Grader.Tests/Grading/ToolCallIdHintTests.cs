using Grader.Reports;
using Grader.Submissions;

namespace Grader.Tests.Grading;

/// <summary>
/// The hint of a mismatched tool_call_id belongs to a tool message that holds the result of another call of its round.
/// A loop that answers each call with its own result in a wrapper is wrong for another reason, and must not be sent to
/// look at its ids.
/// </summary>
[Collection(GradingCollection.Name)]
public class ToolCallIdHintTests(GradingFixture grading)
{
    private const string Mismatched = "tool_call_id_mismatched";

    [Fact]
    public async Task Grade_LoopsThatWrapEachResult_FailWithoutBlamingTheToolCallIds()
    {
        var report = await GradeAllCorrectWith(ResultMistakes.WrapEachResult, "wraps-each-result");

        foreach (var slug in new[] { "03-two-tool-agent", "04-tool-calling-loop", "05-parallel-calls-and-errors" })
        {
            var failed = Failed(report, slug);
            failed.Should().NotBeEmpty("a wrapped result is not the result");
            failed.Should().NotContain(test => test.LikelyMistake == Mismatched,
                "every message carries its own call's id and its own call's result: {0}", Describe(failed));
        }
    }

    [Fact]
    public async Task Grade_LoopsThatSwapTheResultsOfARound_NameTheMismatchedToolCallIds()
    {
        var report = await GradeAllCorrectWith(ResultMistakes.SwapTheResults, "swaps-the-results");

        foreach (var slug in new[] { "04-tool-calling-loop", "05-parallel-calls-and-errors" })
        {
            var failed = Failed(report, slug);
            failed.Should().Contain(test => test.LikelyMistake == Mismatched,
                "a message holds the result of another call of its round: {0}", Describe(failed));
        }
    }

    private async Task<GradingReport> GradeAllCorrectWith(SolutionEdit[] mistakes, string name)
    {
        var folder = grading.Assemble(grading.Scenario("all-correct"));
        foreach (var mistake in mistakes)
        {
            mistake.ApplyTo(Path.Combine(folder, "exercises"));
        }

        return await grading.Session.GradeAsync(Submission.Open(folder, name));
    }

    private static List<TestResult> Failed(GradingReport report, string slug) =>
        report.Exercise(slug)!.Tests.Where(test => test.Status != TestStatus.Passed).ToList();

    private static string Describe(IEnumerable<TestResult> tests) =>
        string.Join("\n", tests.Select(test => $"{test.Name}: {test.LikelyMistake ?? "no hint"}"));
}
