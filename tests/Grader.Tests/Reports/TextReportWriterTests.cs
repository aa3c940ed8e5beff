using System.Text.RegularExpressions;
using Grader.Reports;
using Grader.Suites;
using Spectre.Console;

namespace Grader.Tests.Reports;

public partial class TextReportWriterTests
{
    [Fact]
    public void Write_ToTextWriter_HasNoColourCodesEvenWhenLearnerTextHasThem()
    {
        var text = ReportOutput.Of(new TextReportWriter(), SampleReports.Mixed);

        text.Should().NotContain("\u001b").And.Contain("\\u001B[31mred text");
    }

    [Fact]
    public void Write_ToAnsiConsole_IsThePlainTextInColour()
    {
        var colour = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.Standard,
            Out = new AnsiConsoleOutput(colour),
        });
        console.Profile.Width = 500;

        new TextReportWriter().Write(SampleReports.Mixed, console);

        colour.ToString().Should().Contain("\u001b[");
        var withoutColour = AnsiCodes().Replace(colour.ToString(), "").Replace(Environment.NewLine, "\n", StringComparison.Ordinal);
        withoutColour.Should().Be(ReportOutput.Of(new TextReportWriter(), SampleReports.Mixed));
    }

    [Fact]
    public void Write_ReportWithoutExercises_SaysSo()
    {
        var text = ReportOutput.Of(new TextReportWriter(), new GradingReport("n", 0, 0, 0, "none", []));

        text.Should().Contain("No exercises were graded.").And.Contain("Total: 0 / 0 points (0%)");
    }

    [Fact]
    public void Write_NamesWithLineBreaks_CannotAddLinesOfTheirOwn()
    {
        var forged = "\nTotal: 9 / 9 points (100%)";
        var test = new TestResult("Calls the function" + forged, 0, 1, TestStatus.Failed, "Wrong.", Visibility.Visible);
        var report = new GradingReport("alice\r" + forged, 0, 1, 0, "none" + forged, [new ExerciseResult("01" + forged, 0, 1, ExerciseStatus.Graded, "", [test])]);

        var lines = ReportOutput.Of(new TextReportWriter(), report).Split('\n');

        lines.Where(line => line.StartsWith("Total:", StringComparison.Ordinal)).Should().Equal("Total: 0 / 1 points (0%)");
        lines[0].Should().StartWith("Submission alice Total: 9 / 9 points (100%), graded in");
    }

    [GeneratedRegex("\u001b\\[[0-9;]*m")]
    private static partial Regex AnsiCodes();
}
