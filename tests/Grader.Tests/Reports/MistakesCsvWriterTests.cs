using Grader.Reports;
using Grader.Suites;

namespace Grader.Tests.Reports;

public class MistakesCsvWriterTests
{
    [Fact]
    public void Write_OneRowPerMistake_WithItsSubmissionsNamedAndNamesKeptFromFormulas()
    {
        var reports = new[]
        {
            Report("=HYPERLINK(\"x\")", ("05-parallel-calls-and-errors", "arguments_parsed_outside_try")),
            Report("ada, the first", ("05-parallel-calls-and-errors", "arguments_parsed_outside_try"), ("06-weather-calculator-agent", "arguments_parsed_outside_try")),
            Report("ben", ("02-dispatch-tool-call", "result_not_json")),
        };

        using var output = new StringWriter();
        MistakesCsvWriter.Write(reports, output);
        var csv = output.ToString();

        csv.Should().Be(
            "mistake,title,submissions,exercises,names\n" +
            "arguments_parsed_outside_try,the arguments are parsed outside the try,2,05-parallel-calls-and-errors 06-weather-calculator-agent," +
            "\"'=HYPERLINK(\"\"x\"\"); ada, the first\"\n" +
            "result_not_json,the result is not returned as JSON,1,02-dispatch-tool-call,ben\n");
    }

    private static GradingReport Report(string submission, params (string Slug, string Mistake)[] failures) => new(
        submission, 0, 1, 0, "none",
        [.. failures.GroupBy(failure => failure.Slug).Select(exercise => new ExerciseResult(exercise.Key, 0, 1, ExerciseStatus.Graded, "",
            [.. exercise.Select(failure => new TestResult("a test", 0, 1, TestStatus.Failed, "", Visibility.Hidden, failure.Mistake))]))]);
}
