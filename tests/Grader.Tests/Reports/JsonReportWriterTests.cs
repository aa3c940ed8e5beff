using System.Text.Json;
using Grader.Reports;
using Grader.Suites;

namespace Grader.Tests.Reports;

public class JsonReportWriterTests
{
    private static readonly JsonReportWriter Writer = new();

    [Fact]
    public void Write_MixedReport_HasExactlyTheContractFieldsInOrder()
    {
        using var document = JsonDocument.Parse(ReportOutput.Of(Writer, SampleReports.Mixed));
        var root = document.RootElement;

        Names(root).Should().Equal("version", "submission", "score", "max_score", "execution_time", "sandbox", "exercises");
        root.GetProperty("version").GetInt32().Should().Be(1);
        foreach (var exercise in root.GetProperty("exercises").EnumerateArray())
        {
            Names(exercise).Should().Equal("slug", "score", "max_score", "status", "message", "execution_time", "tests");
            foreach (var test in exercise.GetProperty("tests").EnumerateArray())
            {
                Names(test).Should().Equal("name", "score", "max_score", "status", "message", "visibility", "likely_mistake");
            }
        }
    }

    [Fact]
    public void Write_WholeAndFractionalNumbers_WritesIntegersAndAtMostTwoDecimals()
    {
        var report = new GradingReport("n", 2.0, 1.0 / 3, 4, "none", []);

        var json = ReportOutput.Of(Writer, report);

        json.Should().Contain("\"score\": 2,").And.Contain("\"max_score\": 0.33,").And.Contain("\"execution_time\": 4.00,");
    }

    [Fact]
    public void Write_NonAsciiText_WritesItAsItIs()
    {
        var report = new GradingReport("Zoë 👋 日本 <b>&", 0, 0, 0, "none", []);

        var json = ReportOutput.Of(Writer, report);

        json.Should().Contain("\"submission\": \"Zoë 👋 日本 <b>&\"").And.NotContain("\\u");
    }

    [Fact]
    public void Write_ControlCharactersAndBrokenSurrogates_StaysValidJson()
    {
        var test = new TestResult("t\u0000", 0, 1, TestStatus.Failed, "\u001b[31m\ud800 \"\\ \r\n\t", Visibility.Visible);
        var report = new GradingReport("n", 0, 1, 0, "none", [new ExerciseResult("e", 0, 1, ExerciseStatus.Graded, "", [test])]);

        var json = ReportOutput.Of(Writer, report);

        var message = JsonDocument.Parse(json).RootElement.GetProperty("exercises")[0].GetProperty("tests")[0].GetProperty("message");
        message.GetString().Should().Be("\u001b[31m\uFFFD \"\\ \r\n\t");
    }

    [Fact]
    public void Write_CharactersThatReorderOrHideText_AreEscapedInTheFileAndReadBackTheSame()
    {
        var hidden = "report\u202Etxt.exe \u2028 \u200B \u009B31m \u007F " + char.ConvertFromUtf32(0xE0041) + " 👩\u200D💻";
        var test = new TestResult("t", 0, 1, TestStatus.Failed, hidden, Visibility.Visible);
        var report = new GradingReport(hidden, 0, 1, 0, "none", [new ExerciseResult("e", 0, 1, ExerciseStatus.Graded, "", [test])]);

        var json = ReportOutput.Of(Writer, report);

        json.Should().Contain("report\\u202Etxt.exe \\u2028 \\u200B \\u009B31m \\u007F \\uDB40\\uDC41 👩\u200D💻");
        var read = JsonReportReader.Read(json);
        read.Submission.Should().Be(hidden);
        read.Exercises[0].Tests[0].Message.Should().Be(hidden);
    }

    [Fact]
    public void Write_AnyReport_UsesLineFeedsAndEndsWithOne()
    {
        var json = ReportOutput.Of(Writer, SampleReports.Passing);

        json.Should().NotContain("\r").And.EndWith("}\n");
    }

    private static IEnumerable<string> Names(JsonElement element) => element.EnumerateObject().Select(property => property.Name);
}
