using System.Xml.Linq;
using Grader.Reports;
using Grader.Suites;

namespace Grader.Tests.Reports;

public class JUnitReportWriterTests
{
    [Theory]
    [InlineData("passing")]
    [InlineData("mixed")]
    public void Write_SampleReport_ParsesAsXmlWhoseCountsMatchItsTestCases(string scenario)
    {
        var document = Parse(SampleReports.Get(scenario));

        var root = document.Root!;
        root.Name.LocalName.Should().Be("testsuites");
        foreach (var suite in root.Elements("testsuite"))
        {
            ShouldCount(suite, suite.Elements("testcase").ToList());
        }

        ShouldCount(root, root.Descendants("testcase").ToList());
        root.Elements("testsuite").Select(suite => (string?)suite.Attribute("name"))
            .Should().Equal(SampleReports.Get(scenario).Exercises.Select(exercise => exercise.Slug));
    }

    [Fact]
    public void Write_ExercisesWithTimes_GivesEachSuiteItsExercisesTime()
    {
        var root = Parse(SampleReports.Mixed).Root!;

        root.Elements("testsuite").Select(suite => (string?)suite.Attribute("time")).Should().StartWith(["0.46", "2.50", "0.00"]);
        root.Descendants("testcase").Should().OnlyContain(testCase => testCase.Attribute("time") == null,
            "a test's own time is not measured, and a made-up one would mislead");
    }

    [Theory]
    [InlineData(ExerciseStatus.CompileError)]
    [InlineData(ExerciseStatus.Missing)]
    [InlineData(ExerciseStatus.Crashed)]
    [InlineData(ExerciseStatus.TimedOut)]
    public void Write_UngradedExerciseWithoutTests_CountsAsAnError(ExerciseStatus status)
    {
        var report = new GradingReport("n", 0, 2, 1, "bwrap", [new ExerciseResult("05-x", 0, 2, status, "Why it failed.", [])]);

        var root = Parse(report).Root!;

        root.Attribute("errors")!.Value.Should().Be("1", "a CI gate that counts failures and errors must notice this exercise");
        var error = root.Descendants("error").Single();
        error.Attribute("type")!.Value.Should().Be(ReportNamesFor(status));
        error.Value.Should().Be("Why it failed.");
        error.Parent!.Attribute("classname")!.Value.Should().Be("05-x");
    }

    [Fact]
    public void Write_MessageWhoseFirstLineEndsWithAColon_SummarisesItWithTheLineItAnnounces()
    {
        var log = "The code does not compile:\nexercises/02-x/ToolDispatcher.cs:10:42: error CS1002: ; expected\nexercises/02-x/ToolDispatcher.cs:11:1: error CS1513: } expected";
        var report = new GradingReport("n", 0, 2, 1, "bwrap", [new ExerciseResult("02-x", 0, 2, ExerciseStatus.CompileError, log, [])]);

        var error = Parse(report).Descendants("error").Single();

        error.Attribute("message")!.Value.Should().Be("The code does not compile: exercises/02-x/ToolDispatcher.cs:10:42: error CS1002: ; expected",
            "a CI page that shows only the message should still say what the first error is");
        error.Value.Should().Be(log);
    }

    [Fact]
    public void Write_EveryCharacterXmlCannotHold_StillParsesAndShowsItAsAnEscape()
    {
        var nasty = new string(Enumerable.Range(0, 32).Select(code => (char)code).ToArray()) + "\uFFFE\ud800]]><&";
        var test = new TestResult("name " + nasty, 0, 1, TestStatus.Failed, "message " + nasty, Visibility.Visible);
        var report = new GradingReport("n " + nasty, 0, 1, 0, "none", [new ExerciseResult("e", 0, 1, ExerciseStatus.Graded, "", [test])]);

        var failure = Parse(report).Descendants("failure").Single();

        failure.Value.Should().StartWith("message \\u0000\\u0001").And.EndWith("\\uFFFE\\uD800]]><&");
        failure.Value.Should().Contain("\t").And.Contain("\n");
    }

    [Fact]
    public void Write_NamesWithLineBreaks_KeepEveryNameOnOneLine()
    {
        var test = new TestResult("first\r\nsecond", 0, 1, TestStatus.Failed, "Wrong.", Visibility.Visible);
        var report = new GradingReport("alice\nbob", 0, 1, 0, "none", [new ExerciseResult("01\n02", 0, 1, ExerciseStatus.Graded, "", [test])]);

        var root = Parse(report).Root!;

        root.Attribute("name")!.Value.Should().Be("alice bob");
        var testCase = root.Descendants("testcase").Single();
        testCase.Attribute("name")!.Value.Should().Be("first second");
        testCase.Attribute("classname")!.Value.Should().Be("01 02");
        root.Element("testsuite")!.Attribute("name")!.Value.Should().Be("01 02");
    }

    private static void ShouldCount(XElement element, List<XElement> cases)
    {
        ((int)element.Attribute("tests")!).Should().Be(cases.Count);
        ((int)element.Attribute("failures")!).Should().Be(cases.Count(testCase => testCase.Element("failure") is not null));
        ((int)element.Attribute("errors")!).Should().Be(cases.Count(testCase => testCase.Element("error") is not null));
        ((int)element.Attribute("skipped")!).Should().Be(0);
    }

    private static string ReportNamesFor(ExerciseStatus status) => status switch
    {
        ExerciseStatus.CompileError => "compile_error",
        ExerciseStatus.TimedOut => "timed_out",
        _ => status.ToString().ToLowerInvariant(),
    };

    private static XDocument Parse(GradingReport report) => XDocument.Parse(ReportOutput.Of(new JUnitReportWriter(), report));
}
