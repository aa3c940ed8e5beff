using System.Text.Json;
using Grader.Suites;

namespace Grader.Reports;

/// <summary>
/// Gradescope's autograder <c>results.json</c>: one Gradescope test per hidden test, named and tagged with
/// its exercise. An exercise that could not be graded adds one failed test that carries the points its own
/// tests do not, so the student sees why, and the test scores still add up to the total.
/// </summary>
public sealed class GradescopeReportWriter : IReportWriter
{
    public string Format => "gradescope";

    public string FileExtension => ".gradescope.json";

    public void Write(GradingReport report, TextWriter output) => ReportJson.Write(output, json =>
    {
        json.WriteStartObject();
        json.WritePoints("score", report.Score);
        json.WriteSeconds("execution_time", report.ExecutionTimeSeconds);
        json.WriteText("output", string.Join("\n", TextReportLayout.Overview(report).Select(line => line.Plain)));
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
        foreach (var test in report.Exercises.SelectMany(TestsOf))
        {
            WriteTest(json, test);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static IEnumerable<GradescopeTest> TestsOf(ExerciseResult exercise)
    {
        if (!exercise.IsGraded())
        {
            // Compile errors and the like are about the student's own code, so they are always shown.
            yield return new GradescopeTest(
                exercise.Slug,
                exercise.FailedCheckName(),
                exercise.Score - exercise.Tests.Sum(test => test.Score),
                exercise.MaxScore - exercise.Tests.Sum(test => test.MaxScore),
                Passed: false,
                exercise.MessageOrStatus(),
                Visibility.Visible);
        }

        foreach (var test in exercise.Tests)
        {
            var passed = test.Status == TestStatus.Passed;
            var output = passed ? test.Message : test.MessageOrStatus();
            yield return new GradescopeTest(exercise.Slug, test.Name, test.Score, test.MaxScore, passed, output, test.Visibility);
        }
    }

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

    private sealed record GradescopeTest(
        string Slug, string Name, double Score, double MaxScore, bool Passed, string Output, Visibility Visibility);
}
