using System.Globalization;
using Grader.Reports;
using Grader.Suites;

namespace Grader.Tests.Reports;

/// <summary>A message of a megabyte, as learner code can make one, is cut short the same way in every format.</summary>
public class LongMessageTests
{
    private const int Megabyte = 1_000_000;

    public static TheoryData<string> Formats() => new(ReportFormats.Names);

    [Theory]
    [MemberData(nameof(Formats))]
    public void Write_MegabyteMessageOnOneLine_IsCutShortWithAMarker(string format)
    {
        var output = Write(format, new string('x', Megabyte));

        output.Length.Should().BeLessThan(3 * LongText.MaxCharacters, "a report carries at most the first {0} characters of a message", LongText.MaxCharacters);
        output.Should().Contain(" more characters not shown)");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Write_MegabyteMessageOfManyLines_IsCutShortWithAMarker(string format)
    {
        var output = Write(format, string.Concat(Enumerable.Repeat("Program.cs(1,1): error CS1002: ; expected\n", Megabyte / 42)));

        output.Length.Should().BeLessThan(3 * LongText.MaxCharacters);
        output.Should().Contain(" more characters not shown)");
    }

    [Fact]
    public void Shorten_TextWithinTheLimit_IsUnchanged()
    {
        var text = new string('x', LongText.MaxCharacters);

        LongText.Shorten(text).Should().BeSameAs(text);
    }

    [Fact]
    public void Shorten_CutInsideASurrogatePair_KeepsThePairWholeOrNotAtAll()
    {
        var text = new string('x', 9) + "😀" + "tail";

        LongText.Shorten(text, 10).Should().Be(new string('x', 9) + "\n... (6 more characters not shown)");
    }

    [Fact]
    public void Shorten_AnyCulture_CountsWithInvariantDigits()
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            LongText.Shorten(new string('x', Megabyte), 10).Should().EndWith("... (999,990 more characters not shown)");
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    private static string Write(string format, string message)
    {
        var test = new TestResult("Returns the result", 0, 1, TestStatus.Failed, message, Visibility.Visible);
        var report = new GradingReport("n", 0, 3, 1, "bwrap", [
            new ExerciseResult("01", 0, 1, ExerciseStatus.Graded, "", [test]),
            new ExerciseResult("02", 0, 2, ExerciseStatus.CompileError, message, []),
        ]);
        return ReportOutput.Of(ReportFormats.Find(format), report);
    }
}
