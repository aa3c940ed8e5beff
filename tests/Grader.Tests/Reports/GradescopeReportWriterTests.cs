using System.Text.Json;
using Grader.Reports;
using Grader.Suites;

namespace Grader.Tests.Reports;

public class GradescopeReportWriterTests
{
    [Theory]
    [InlineData("passing")]
    [InlineData("mixed")]
    public void Write_SampleReport_TestScoresAddUpToTheScoreAndTheMaximum(string scenario)
    {
        var report = SampleReports.Get(scenario);

        var results = Results(report);

        var tests = results.GetProperty("tests").EnumerateArray().ToList();
        results.GetProperty("score").GetDouble().Should().Be(report.Score);
        tests.Sum(test => test.GetProperty("score").GetDouble()).Should().BeApproximately(report.Score, 1e-9);
        tests.Sum(test => test.GetProperty("max_score").GetDouble()).Should().BeApproximately(report.MaxScore, 1e-9);
    }

    [Fact]
    public void Write_MixedReport_EveryTestNamesAndTagsItsExerciseWithValuesGradescopeKnows()
    {
        var tests = Results(SampleReports.Mixed).GetProperty("tests").EnumerateArray().ToList();

        tests.Should().HaveCount(14, "the report has 10 tests, and each of its 4 ungraded exercises adds one");
        foreach (var test in tests)
        {
            var tag = test.GetProperty("tags").EnumerateArray().Single().GetString()!;
            SampleReports.Mixed.Exercises.Select(exercise => exercise.Slug).Should().Contain(tag);
            test.GetProperty("name").GetString().Should().StartWith(tag + ": ");
            test.GetProperty("status").GetString().Should().BeOneOf("passed", "failed");
            test.GetProperty("visibility").GetString().Should().BeOneOf("visible", "hidden", "after_due_date");
        }
    }

    [Fact]
    public void Write_MixedReport_PassedOnlyForTestsThatPassed()
    {
        var statuses = Results(SampleReports.Mixed).GetProperty("tests").EnumerateArray()
            .ToDictionary(test => test.GetProperty("name").GetString()!, test => test.GetProperty("status").GetString());

        statuses.Where(pair => pair.Value == "passed").Select(pair => pair.Key).Should().BeEquivalentTo(
            "01-define-tool: Schema names the function",
            "01-define-tool: Required parameters are listed",
            "02-dispatch-tool-call: Known function is called with its arguments",
            "04-streaming-tool-calls: First chunk starts a call");
    }

    [Theory]
    [InlineData(ExerciseStatus.CompileError, "Exercise compiles")]
    [InlineData(ExerciseStatus.Missing, "Exercise is submitted")]
    [InlineData(ExerciseStatus.Crashed, "Exercise runs without crashing")]
    [InlineData(ExerciseStatus.TimedOut, "Exercise finishes within the time limit")]
    public void Write_UngradedExercise_AddsAVisibleFailedTestThatCarriesItsPoints(ExerciseStatus status, string name)
    {
        var exercise = new ExerciseResult("03-x", 0, 4, status, "Program.cs(1,1): error CS1002: ; expected", []);
        var report = new GradingReport("n", 0, 4, 1, "bwrap", [exercise]);

        var test = Results(report).GetProperty("tests").EnumerateArray().Single();

        test.GetProperty("name").GetString().Should().Be($"03-x: {name}");
        test.GetProperty("status").GetString().Should().Be("failed");
        test.GetProperty("max_score").GetDouble().Should().Be(4);
        test.GetProperty("visibility").GetString().Should().Be("visible");
        test.GetProperty("output").GetString().Should().Be("Program.cs(1,1): error CS1002: ; expected");
    }

    [Fact]
    public void Write_TestNameWithControlCharacters_ShowsThemSpelledOutOnOneLine()
    {
        var test = new TestResult("Calls\r\nthe \u001b[31mfunction", 0, 1, TestStatus.Failed, "Wrong.", Visibility.Visible);
        var report = new GradingReport("n", 0, 1, 1, "bwrap", [new ExerciseResult("02-x", 0, 1, ExerciseStatus.Graded, "", [test])]);

        var name = Results(report).GetProperty("tests")[0].GetProperty("name").GetString();

        name.Should().Be("02-x: Calls the \\u001B[31mfunction");
    }

    private static JsonElement Results(GradingReport report) =>
        JsonDocument.Parse(ReportOutput.Of(new GradescopeReportWriter(), report)).RootElement;
}
