using Grader.Reports;

namespace Grader.Tests.Reports;

public partial class JsonReportReaderTests
{
    [Theory]
    [InlineData("passing")]
    [InlineData("mixed")]
    public void TryRead_WhatTheWriterWrote_GivesBackTheSameReport(string scenario)
    {
        var report = SampleReports.Get(scenario);
        var json = ReportOutput.Of(new JsonReportWriter(), report);

        JsonReportReader.TryRead(json, out var read, out var error).Should().BeTrue(error);

        var expected = report with { ExecutionTimeSeconds = Math.Round(report.ExecutionTimeSeconds, 2) };
        read.Should().BeEquivalentTo(expected, options => options.WithStrictOrdering());
    }

    [Fact]
    public void TryRead_ExerciseWithoutATime_ReadsItAsZero()
    {
        // Reports of format version 1 written before exercises had times of their own.
        var json = ReportOutput.Of(new JsonReportWriter(), SampleReports.Mixed).Replace("\"execution_time\": 0.46,", "", StringComparison.Ordinal);

        JsonReportReader.TryRead(json, out var read, out var error).Should().BeTrue(error);

        read!.Exercises[0].ExecutionTimeSeconds.Should().Be(0);
        read.Exercises[1].ExecutionTimeSeconds.Should().Be(2.5);
    }

    [Fact]
    public void TryRead_TestWithoutALikelyMistakeField_ReadsItAsNone()
    {
        // Reports of format version 1 written before tests named their likely mistake.
        var json = LikelyMistakeField().Replace(ReportOutput.Of(new JsonReportWriter(), SampleReports.Mixed), "");
        json.Should().NotContain("likely_mistake");

        JsonReportReader.TryRead(json, out var read, out var error).Should().BeTrue(error);

        read!.Exercises.SelectMany(exercise => exercise.Tests).Should().OnlyContain(test => test.LikelyMistake == null);
    }

    [Theory]
    [InlineData("", "not valid JSON")]
    [InlineData("{\"version\": 1,", "not valid JSON (line 1:")]
    [InlineData("{\"version\": 1, \"version\": 1}", "not valid JSON")]
    [InlineData("null", "not a grader report: it has no \"version\" field at the top")]
    [InlineData("[1, 2]", "not a grader report: it has no \"version\" field at the top")]
    [InlineData("{\"score\": 3, \"tests\": []}", "not a grader report: it has no \"version\" field at the top")]
    [InlineData("{\"version\": 2}", "written in report format version 2, but this grader reads version 1; grade the submission again to replace it")]
    [InlineData("{\"version\": \"1\"}", "written in report format version \"1\", but this grader reads version 1")]
    public void TryRead_TextThatIsNoReport_SaysWhy(string json, string reason)
    {
        JsonReportReader.TryRead(json, out var report, out var error).Should().BeFalse();

        report.Should().BeNull();
        error.Should().StartWith(reason);
    }

    [Theory]
    [InlineData("\"status\": \"graded\"", "\"status\": \"done\"",
        "not a grader report: at $.exercises[0].status, expected one of graded, compile_error, missing, crashed, timed_out but found \"done\"")]
    [InlineData("\"visibility\": \"hidden\"", "\"visibility\": \"secret\"",
        "not a grader report: at $.exercises[0].tests[1].visibility, expected one of visible, hidden, after_due_date but found \"secret\"")]
    [InlineData("\"max_score\": 9,", "\"max_score\": \"9\",", "not a grader report: at $.max_score, expected a number but found \"9\"")]
    [InlineData("\"sandbox\": \"none\",", "", "not a grader report: at $, the \"sandbox\" field is missing")]
    [InlineData("\"score\": 9,", "\"score\": 1e999,", "not a grader report: at $.score, expected a number of ordinary size but found 1e999")]
    [InlineData("\"message\": \"\",", "\"message\": null,", "not a grader report: at $.exercises[0].message, expected a string but found null")]
    [InlineData("\"submission\": \"alice\"", "\"submission\": \"\\uD800\"", "not a grader report: at $.submission, expected text in valid UTF-16 but found \"\\uD800\"")]
    public void TryRead_ReportWithAWrongField_NamesWhereAndWhatWasExpected(string field, string replacement, string reason)
    {
        var json = ReportOutput.Of(new JsonReportWriter(), SampleReports.Passing);
        json.Should().Contain(field, "the test must change something that is there");
        var first = json.IndexOf(field, StringComparison.Ordinal);
        var broken = json[..first] + replacement + json[(first + field.Length)..];

        JsonReportReader.TryRead(broken, out _, out var error).Should().BeFalse();

        error.Should().Be(reason);
    }

    [Fact]
    public void TryRead_GradescopeResults_SaysItIsNotAGraderReport()
    {
        var gradescope = ReportOutput.Of(new GradescopeReportWriter(), SampleReports.Mixed);

        JsonReportReader.TryRead(gradescope, out _, out var error).Should().BeFalse();

        error.Should().Be("not a grader report: it has no \"version\" field at the top");
    }

    [Fact]
    public void TryRead_EveryTruncationOfAReport_ReturnsAReasonInsteadOfThrowing()
    {
        var json = ReportOutput.Of(new JsonReportWriter(), SampleReports.Mixed);

        for (var length = 0; length < json.TrimEnd().Length; length++)
        {
            JsonReportReader.TryRead(json[..length], out _, out var error).Should().BeFalse($"a report cut after {length} characters is incomplete");
            error.Should().NotBeEmpty();
        }
    }

    [Fact]
    public void Read_TextThatIsNoReport_ThrowsWithTheReason()
    {
        var read = () => JsonReportReader.Read("{}");

        read.Should().Throw<InvalidReportException>().WithMessage("not a grader report: it has no \"version\" field at the top");
    }

    [System.Text.RegularExpressions.GeneratedRegex(",\n *\"likely_mistake\": (null|\"[a-z_]+\")")]
    private static partial System.Text.RegularExpressions.Regex LikelyMistakeField();
}
