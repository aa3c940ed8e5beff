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
    public void Write_HiddenTestsFailed_TopLevelOutputCountsOnlyTheTestsShownNow()
    {
        var exercise = new ExerciseResult("02-x", 1, 6, ExerciseStatus.Graded, "1 of 3 tests passed.", [
            new TestResult("Visible one", 1, 1, TestStatus.Passed, "", Visibility.Visible),
            new TestResult("Hidden one", 0, 2, TestStatus.Failed, "", Visibility.Hidden),
            new TestResult("Later one", 0, 3, TestStatus.Failed, "", Visibility.AfterDueDate),
        ]);
        var report = new GradingReport("n", 1, 6, 1, "bwrap", [exercise]);

        var output = Results(report).GetProperty("output").GetString();

        output.Should().Be(
            "Tests shown so far: 1 / 1 points (100%)\n\n  02-x  1 / 1  graded\n\n2 more tests are not shown here, and their points are left out of these totals.",
            "a student must not learn from the summary how hidden tests went before Gradescope shows them");
    }

    [Fact]
    public void Write_AllTestsVisible_TopLevelOutputIsTheWholeOverview()
    {
        var exercise = new ExerciseResult("02-x", 1, 3, ExerciseStatus.Graded, "", [
            new TestResult("One", 1, 1, TestStatus.Passed, "", Visibility.Visible),
            new TestResult("Two", 0, 2, TestStatus.Failed, "", Visibility.Visible),
        ]);

        var output = Results(new GradingReport("n", 1, 3, 1, "bwrap", [exercise])).GetProperty("output").GetString();

        output.Should().Be("Total: 1 / 3 points (33.3%)\n\n  02-x  1 / 3  graded");
    }

    [Fact]
    public void Write_LikelyMistakes_TopLevelOutputNamesOnlyThoseOfTestsShownNow()
    {
        var exercise = new ExerciseResult("04-x", 0, 4, ExerciseStatus.Graded, "", [
            new TestResult("Visible one", 0, 1, TestStatus.Failed, "", Visibility.Visible, "assistant_message_not_appended"),
            new TestResult("Visible two", 0, 1, TestStatus.Failed, "", Visibility.Visible, "assistant_message_not_appended"),
            new TestResult("Hidden one", 0, 2, TestStatus.Failed, "", Visibility.Hidden, "tool_call_id_mismatched"),
        ]);

        var output = Results(new GradingReport("n", 0, 4, 1, "bwrap", [exercise])).GetProperty("output").GetString();

        output.Should().EndWith("Likely mistakes behind the failed tests:\n  the assistant message with the tool_calls was not appended before the tool results: 2 tests in 04-x");
        output.Should().NotContain("tool_call_id", "a hidden test's diagnosis waits until Gradescope shows that test");
    }

    [Theory]
    [InlineData(Visibility.Hidden, Visibility.Visible, "hidden")]
    [InlineData(Visibility.Visible, Visibility.AfterDueDate, "after_due_date")]
    [InlineData(Visibility.Hidden, Visibility.AfterDueDate, "hidden")]
    [InlineData(Visibility.AfterDueDate, Visibility.Hidden, "hidden")]
    [InlineData(Visibility.Visible, Visibility.Visible, "visible")]
    public void Write_ExerciseThatCrashedInItsTests_ShowsTheCrashNoSoonerThanItsTests(Visibility crashed, Visibility passed, string expected)
    {
        var exercise = new ExerciseResult("06-x", 1, 3, ExerciseStatus.Crashed, "1 of 2 tests passed. 1 crashed the process.", [
            new TestResult("Crashes", 0, 2, TestStatus.Error, "Stack overflow.", crashed),
            new TestResult("Passes", 1, 1, TestStatus.Passed, "", passed),
        ]);

        var tests = Results(new GradingReport("n", 1, 3, 1, "bwrap", [exercise])).GetProperty("tests").EnumerateArray().ToList();

        tests[0].GetProperty("name").GetString().Should().Be("06-x: Exercise runs without crashing");
        tests[0].GetProperty("visibility").GetString().Should().Be(expected, "its message counts the tests that passed, hidden ones included");
    }

    [Theory]
    [InlineData(Visibility.Hidden, "  06-x  1 / 1  graded")]
    [InlineData(Visibility.Visible, "  06-x  1 / 3  crashed")]
    public void Write_ExerciseThatCrashedInItsTests_SummaryCallsItCrashedOnlyWhenAShownTestSaysSo(Visibility crashed, string line)
    {
        var exercise = new ExerciseResult("06-x", 1, 3, ExerciseStatus.Crashed, "1 of 2 tests passed. 1 crashed the process.", [
            new TestResult("Crashes", 0, 2, TestStatus.Error, "Stack overflow.", crashed),
            new TestResult("Passes", 1, 1, TestStatus.Passed, "", Visibility.Visible),
        ]);

        var output = Results(new GradingReport("n", 1, 3, 1, "bwrap", [exercise])).GetProperty("output").GetString()!;

        output.Split('\n').Should().Contain(line);
    }

    [Fact]
    public void Write_CompileErrorWithHiddenTests_StillShowsTheCompilerMessagesAtOnce()
    {
        var exercise = new ExerciseResult("03-x", 0, 2, ExerciseStatus.CompileError, "Program.cs(1,1): error CS1002: ; expected", [
            new TestResult("Hidden one", 0, 2, TestStatus.Failed, "Not run: the code does not compile.", Visibility.Hidden),
        ]);

        var tests = Results(new GradingReport("n", 0, 2, 1, "bwrap", [exercise])).GetProperty("tests").EnumerateArray().ToList();

        tests[0].GetProperty("visibility").GetString().Should().Be("visible");
        tests[0].GetProperty("output").GetString().Should().Be("Program.cs(1,1): error CS1002: ; expected");
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
