using Grader.Cli.Commands;
using Grader.Grading;
using Grader.Reports;

namespace Grader.Tests.Cli;

public class ClassRunSummaryTests
{
    private static readonly GradingReport Report = new("ada", 1, 2, 0.5, "none", []);

    [Fact]
    public void Written_EverySubmissionGradedNow_CountsTheReportsAndTheWorkers()
    {
        var outcomes = new[] { Graded("ada"), Graded("grace") };

        ClassRun.Written(outcomes, "/results", workersStarted: 2, TimeSpan.FromSeconds(16.43)).Should().Be(
            "Wrote 2 reports, gradebook.csv and mistakes.csv to /results. 2 worker processes ran the tests; grading took 16.43 s.");
    }

    [Fact]
    public void Written_ResumedWithSomeReportsKept_TellsNewReportsFromKeptOnes()
    {
        var outcomes = new[] { Graded("ada"), Kept("grace"), Kept("alan") };

        ClassRun.Written(outcomes, "/results", workersStarted: 1, TimeSpan.FromSeconds(0.96)).Should().Be(
            "Wrote 1 new report (and kept 2 from the earlier run), gradebook.csv and mistakes.csv to /results. 1 worker process ran the tests; grading took 0.96 s.");
    }

    [Fact]
    public void Written_ResumedWithEveryReportKept_SaysNothingWasGradedAndNoWorkerRanTests()
    {
        var outcomes = new[] { Kept("ada"), Kept("grace") };

        ClassRun.Written(outcomes, "/results", workersStarted: 2, TimeSpan.FromSeconds(0.2)).Should().Be(
            "Wrote 0 new reports (and kept 2 from the earlier run), gradebook.csv and mistakes.csv to /results.",
            "the workers that warmed up ran no test, and saying they did would suggest something was graded");
    }

    [Fact]
    public void Written_SubmissionTheGraderFailedOn_IsNotCountedAsWritten()
    {
        var outcomes = new[] { Graded("ada"), new SubmissionOutcome("grace", null, Resumed: false, Error: "a worker would not start") };

        ClassRun.Written(outcomes, "/results", workersStarted: 2, TimeSpan.FromSeconds(3)).Should().StartWith("Wrote 1 report,");
    }

    [Fact]
    public void ExitCode_SubmissionTheGraderFailedOnAndAnotherBelowTheGate_ReportsTheGradersFailure()
    {
        var outcomes = new[] { Graded("ada"), new SubmissionOutcome("grace", null, Resumed: false, Error: "a worker would not start") };

        ClassRun.ExitCode(outcomes, threshold: 80).Should().Be(ExitCodes.GraderFailure, "ada's 50 % is below 80, but grace has no score to gate");
    }

    [Fact]
    public void ExitCode_SubmissionTheGraderFailedOnWithoutAGate_ReportsTheGradersFailure() =>
        ClassRun.ExitCode([Graded("ada"), new SubmissionOutcome("grace", null, Resumed: false, Error: "a worker would not start")])
            .Should().Be(ExitCodes.GraderFailure, "demo has no gate, and still exits 3 when the grader failed");

    [Theory]
    [InlineData(null, ExitCodes.Completed)]
    [InlineData(50.0, ExitCodes.Completed)]
    [InlineData(80.0, ExitCodes.BelowThreshold)]
    public void ExitCode_EverySubmissionGraded_IsTheGatesAnswer(double? threshold, int expected) =>
        ClassRun.ExitCode([Graded("ada"), Kept("grace")], threshold).Should().Be(expected);

    private static SubmissionOutcome Graded(string name) => new(name, Report with { Submission = name }, Resumed: false, Error: null);

    private static SubmissionOutcome Kept(string name) => new(name, Report with { Submission = name }, Resumed: true, Error: null);
}
