using System.Text.Json;

namespace Grader.Reports;

/// <summary>
/// Gradescope's autograder <c>results.json</c>: one Gradescope test per hidden test, named and tagged with
/// its exercise and shown when its visibility says. An exercise that could not be graded adds one failed test,
/// so the student sees why.
/// </summary>
internal sealed class GradescopeReportWriter : IReportWriter
{
    public string Format => "gradescope";

    public string FileExtension => ".gradescope.json";

    public void Write(GradingReport report, TextWriter output) => ReportJson.Write(output, json =>
    {
        var tests = report.Exercises.SelectMany(GradescopeTest.Of).ToList();
        json.WriteStartObject();
        json.WritePoints("score", report.Score);
        json.WriteSeconds("execution_time", report.ExecutionTimeSeconds);
        json.WriteText("output", GradescopeSummary.Of(report, tests));
        json.WriteString("output_format", "text");
        json.WriteString("test_output_format", "text");
        json.WriteString("test_name_format", "text");
        json.WriteString("visibility", "visible");
        json.WriteString("stdout_visibility", "hidden");
        json.WriteStartObject("extra_data");
        json.WriteText("submission", report.Submission);
        json.WriteText("sandbox", report.Sandbox);
        json.WriteEndObject();
        json.WriteStartArray("tests");
        foreach (var test in tests)
        {
            WriteTest(json, test);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static void WriteTest(Utf8JsonWriter json, GradescopeTest test)
    {
        json.WriteStartObject();
        json.WriteText("name", VisibleText.OneLine($"{test.Slug}: {test.Name}"));
        json.WritePoints("score", test.Score);
        json.WritePoints("max_score", test.MaxScore);
        json.WriteString("status", test.Passed ? "passed" : "failed");
        if (test.Output.Length > 0)
        {
            json.WriteText("output", VisibleText.Clean(LongText.Shorten(test.Output)));
        }

        json.WriteStartArray("tags");
        json.WriteStringValue(test.Slug);
        json.WriteEndArray();
        json.WriteString("visibility", ReportNames.Of(test.Visibility));
        json.WriteEndObject();
    }
}
