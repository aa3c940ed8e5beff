using Grader.Reports;
using Grader.Suites;

namespace Grader.Tests.Reports;

public class MarkdownReportWriterTests
{
    [Fact]
    public void Write_PipesAndLineBreaksInLearnerText_KeepEveryTableRowAtThreeColumns()
    {
        var exercise = new ExerciseResult("01-a|b", 0, 1, ExerciseStatus.Graded, "", [Failed("x | y\n| z |", "a|b")]);

        var table = Lines(Report(exercise)).Where(line => line.StartsWith('|')).ToList();

        table.Should().HaveCount(3);
        table.Should().OnlyContain(line => UnescapedPipes(line) == 4);
    }

    [Fact]
    public void Write_FailedTestsWithLikelyMistakes_EndsWithATableOfThemTheMostFrequentFirst()
    {
        var loop = new ExerciseResult("04-x", 0, 3, ExerciseStatus.Graded, "", [
            new TestResult("One", 0, 1, TestStatus.Failed, "", Visibility.Visible, "tool_call_id_mismatched"),
            new TestResult("Two", 0, 1, TestStatus.Failed, "", Visibility.Hidden, "assistant_message_not_appended"),
            new TestResult("Three", 0, 1, TestStatus.Failed, "", Visibility.Visible, "assistant_message_not_appended"),
        ]);
        var parallel = new ExerciseResult("05-y", 0, 1, ExerciseStatus.Graded, "", [
            new TestResult("Four", 0, 1, TestStatus.Failed, "", Visibility.Visible, "assistant_message_not_appended"),
        ]);

        var lines = Lines(new GradingReport("n", 0, 4, 1, "bwrap", [loop, parallel]));

        lines.TakeLast(6).Should().Equal(
            "### Likely mistakes behind the failed tests",
            "",
            "| Mistake | Tests | Exercises |",
            "| :-- | --: | :-- |",
            "| the assistant message with the tool\\_calls was not appended before the tool results | 3 | 04-x, 05-y |",
            "| a mismatched or hard-coded tool\\_call\\_id | 1 | 04-x |");
    }

    [Fact]
    public void Write_FailedTestsWithoutLikelyMistakes_HasNoMistakesSection()
    {
        var lines = Lines(Report(new ExerciseResult("01", 0, 1, ExerciseStatus.Graded, "", [Failed("x", "y")])));

        lines.Should().NotContain(line => line.Contains("Likely mistakes", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_HtmlAndMarkupInLearnerText_IsEscaped()
    {
        var exercise = new ExerciseResult("01", 0, 1, ExerciseStatus.Graded, "", [Failed("<script>alert(1)</script> **bold** [link](x)", "<img src=x>")]);

        var markdown = string.Join('\n', Lines(Report(exercise)));

        markdown.Should().NotContain("<script").And.NotContain("<img").And.NotContain("**bold**").And.NotContain("[link]");
        markdown.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt; \\*\\*bold\\*\\* \\[link\\](x)");
    }

    [Fact]
    public void Write_AddressesAndMathInLearnerText_DoNotBecomeLinksOrFormulas()
    {
        var hostile = "see http://evil.example/x, WWW.evil.example, help@evil.example and $\\href{http://evil.example}{here}$";
        var exercise = new ExerciseResult("01", 0, 1, ExerciseStatus.Graded, "", [Failed("name " + hostile, "message " + hostile)]);

        var markdown = string.Join('\n', Lines(Report(exercise)));

        markdown.Should().NotContain("http://").And.NotContainEquivalentOf("www.").And.NotContain("p@").And.NotContain(" $");
        markdown.Should().Contain(
            "message see http\\://evil.example/x, WWW\\.evil.example, help\\@evil.example and \\$\\\\href{http\\://evil.example}{here}\\$");
    }

    [Fact]
    public void Write_MessageWithBacktickFences_IsFencedByALongerFence()
    {
        var exercise = new ExerciseResult("01", 0, 1, ExerciseStatus.CompileError, "first\n````\nlast", []);

        var lines = Lines(Report(exercise));

        lines.Should().ContainInOrder("`````text", "first", "````", "last", "`````");
    }

    [Fact]
    public void Write_VeryLongMessage_IsShortenedToFitAJobSummary()
    {
        var log = string.Join('\n', Enumerable.Range(1, 500).Select(line => $"Program.cs({line},1): error CS1002: ; expected"));
        var exercise = new ExerciseResult("01", 0, 1, ExerciseStatus.CompileError, log, []);

        var lines = Lines(Report(exercise));

        lines.Should().HaveCountLessThan(70);
        lines.Should().Contain("... (20,181 more characters not shown)", "the first 40 lines are kept and the other 460 left out");
    }

    [Theory]
    [InlineData("\r")]
    [InlineData("\r\n")]
    public void Write_MessageOfManyLinesEndedByCarriageReturns_IsCutAtFortyLinesAsWithLineFeeds(string lineEnd)
    {
        var message = string.Concat(Enumerable.Range(1, 500).Select(line => $"line {line}{lineEnd}"));
        var exercise = new ExerciseResult("01", 0, 1, ExerciseStatus.Graded, "", [Failed("a test", message)]);

        var lines = Lines(Report(exercise));

        lines.Should().HaveCountLessThan(70, "learner code chooses its line ends, and a carriage return shows as a new line too");
        lines.Should().Contain("  line 40").And.NotContain("  line 41");
    }

    [Fact]
    public void Write_AllTestsPassed_StaysAHeadlineAndATable()
    {
        var lines = Lines(SampleReports.Passing);

        lines.Should().NotContain(line => line.StartsWith("###", StringComparison.Ordinal));
        lines.Last().Should().Be("All tests passed.");
    }

    private static TestResult Failed(string name, string message) => new(name, 0, 1, TestStatus.Failed, message, Visibility.Visible);

    private static GradingReport Report(ExerciseResult exercise) => new("n", exercise.Score, exercise.MaxScore, 1, "bwrap", [exercise]);

    private static List<string> Lines(GradingReport report) =>
        ReportOutput.Of(new MarkdownReportWriter(), report).TrimEnd('\n').Split('\n').ToList();

    private static int UnescapedPipes(string line) =>
        line.Where((character, index) => character == '|' && (index == 0 || line[index - 1] != '\\')).Count();
}
