using System.Text;
using Grader.Reports;

namespace Grader.Tests.Reports;

public class GradebookCsvWriterTests
{
    [Theory]
    [InlineData("=1+1")]
    [InlineData("+1")]
    [InlineData("-1")]
    [InlineData("@SUM(A1)")]
    [InlineData(" =1+1")]
    [InlineData("\u00A0\u3000-1")]
    public void Write_NameASpreadsheetWouldRunAsAFormula_StartsWithAnApostrophe(string name)
    {
        var rows = Rows(Report(name));

        rows[1][0].Should().Be("'" + name);
    }

    [Theory]
    [InlineData("ada;=1+1")]
    [InlineData("ada;=1+1;")]
    [InlineData("ada; @SUM(A1)")]
    public void Write_NameWithASemicolon_StaysOneCellForASpreadsheetThatSeparatesWithSemicolons(string name)
    {
        var output = new StringWriter();
        GradebookCsvWriter.Write([Report(name)], output);

        var cells = ParseCsv(output.ToString(), separator: ';');

        cells[1][0].Should().StartWith(name, "Excel in a language with decimal commas splits cells at semicolons, and a cell of its own starting with = would be a formula");
        ParseCsv(output.ToString())[1][0].Should().Be(name);
    }

    [Theory]
    [InlineData("bob, jr")]
    [InlineData("say \"hi\"")]
    [InlineData("zoë 👋")]
    public void Write_NameWithCsvSyntaxInIt_ReadsBackAsTheSameName(string name)
    {
        var rows = Rows(Report(name));

        rows.Should().HaveCount(2);
        rows[1][0].Should().Be(name);
    }

    [Theory]
    [InlineData("two\nlines", "two lines")]
    [InlineData("\r=1+1", "' =1+1")]
    [InlineData("\t=1+1", "' =1+1")]
    [InlineData("\0=1+1", "\\u0000=1+1")]
    [InlineData("bell\a\u001B]0;title\a", "bell\\u0007\\u001B]0;title\\u0007")]
    [InlineData("evil\u202Egpj.exe", "evil\\u202Egpj.exe")]
    public void Write_NameWithControlOrInvisibleCharacters_SpellsThemOutOnOneLine(string name, string shown)
    {
        var rows = Rows(Report(name));

        rows.Should().HaveCount(2);
        rows[1][0].Should().Be(shown);
    }

    [Fact]
    public void Write_SampleClass_HasOneColumnPerSlugAndBlanksOnlyWhereAReportLacksTheExercise()
    {
        var rows = Rows([.. SampleReports.Class]);

        rows[0].Should().Equal("submission", "total", "max", "01-define-tool", "02-dispatch-tool-call", "03-parse-arguments",
            "04-streaming-tool-calls", "05-parallel-calls", "06-retry-policy", "07-structured-output");
        rows.Should().OnlyContain(row => row.Count == 10);
        rows.Single(row => row[0] == "zoë-o'brien").Should().Equal("zoë-o'brien", "6.25", "20", "3", "2.25", "0", "1", "0", "0", "");
        rows.Single(row => row[0] == "'-carol").Should().Equal("'-carol", "0", "3", "0", "", "", "", "", "", "");
    }

    [Fact]
    public void Write_SubmissionTheGraderCouldNotGrade_StillHasItsRowWithBlankScores()
    {
        var output = new StringWriter();

        GradebookCsvWriter.Write([Report("ada"), Report("cy")], output, ungraded: ["ben"]);

        ParseCsv(output.ToString()).Should().BeEquivalentTo(
            new List<List<string>> { new() { "submission", "total", "max", "01" }, new() { "ada", "1", "1", "1" }, new() { "ben", "", "", "" }, new() { "cy", "1", "1", "1" } },
            options => options.WithStrictOrdering(), "a blank says that nothing was measured, where 0 would claim a result");
    }

    [Fact]
    public void Write_ReportsThatListTheirExercisesInAnotherOrder_GetColumnsInSlugOrder()
    {
        var report = new GradingReport("ada", 3, 3, 0, "none", [
            new ExerciseResult("02-b", 2, 2, ExerciseStatus.Graded, "", []),
            new ExerciseResult("01-a", 1, 1, ExerciseStatus.Graded, "", []),
        ]);

        var rows = Rows(report);

        rows[0].Should().Equal("submission", "total", "max", "01-a", "02-b");
        rows[1].Should().Equal("ada", "3", "3", "1", "2");
    }

    private static GradingReport Report(string name) =>
        new(name, 1, 1, 0, "none", [new ExerciseResult("01", 1, 1, ExerciseStatus.Graded, "", [])]);

    private static List<List<string>> Rows(params GradingReport[] reports)
    {
        var output = new StringWriter();
        GradebookCsvWriter.Write(reports, output);
        return ParseCsv(output.ToString());
    }

    /// <summary>An RFC 4180 reader, small on purpose, so that the test does not trust the writer's own idea of quoting.</summary>
    private static List<List<string>> ParseCsv(string csv, char separator = ',')
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var index = 0; index < csv.Length; index++)
        {
            var character = csv[index];
            if (quoted)
            {
                if (character != '"')
                {
                    field.Append(character);
                }
                else if (index + 1 < csv.Length && csv[index + 1] == '"')
                {
                    field.Append('"');
                    index++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (character == '"')
            {
                quoted = true;
            }
            else if (character == separator || character == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                if (character == '\n')
                {
                    rows.Add(row);
                    row = [];
                }
            }
            else
            {
                field.Append(character);
            }
        }

        return rows;
    }
}
