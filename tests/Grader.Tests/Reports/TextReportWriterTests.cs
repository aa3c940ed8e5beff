using System.Text.RegularExpressions;
using Grader.Reports;
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

    [GeneratedRegex("\u001b\\[[0-9;]*m")]
    private static partial Regex AnsiCodes();
}
