using System.Text.Json;

namespace Grader.Reports;

/// <summary>
/// The grader's own format: the whole report, a fixed contract (<c>version</c> 1) that other tools read and
/// that <see cref="JsonReportReader"/> reads back, e.g. when a batch run resumes.
/// </summary>
internal sealed class JsonReportWriter : IReportWriter
{
    public string Format => "json";

    public string FileExtension => ".json";

    public void Write(GradingReport report, TextWriter output) => ReportJson.Write(output, json =>
    {
        json.WriteStartObject();
        json.WriteNumber("version", GradingReport.FormatVersion);
        json.WriteText("submission", report.Submission);
        json.WritePoints("score", report.Score);
        json.WritePoints("max_score", report.MaxScore);
        json.WriteSeconds("execution_time", report.ExecutionTimeSeconds);
        json.WriteText("sandbox", report.Sandbox);
        json.WriteStartArray("exercises");
        foreach (var exercise in report.Exercises)
        {
            WriteExercise(json, exercise);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static void WriteExercise(Utf8JsonWriter json, ExerciseResult exercise)
    {
        json.WriteStartObject();
        json.WriteText("slug", exercise.Slug);
        json.WritePoints("score", exercise.Score);
        json.WritePoints("max_score", exercise.MaxScore);
        json.WriteText("status", ReportNames.Of(exercise.Status));
        json.WriteText("message", LongText.Shorten(exercise.Message));
        json.WriteSeconds("execution_time", exercise.ExecutionTimeSeconds);
        json.WriteStartArray("tests");
        foreach (var test in exercise.Tests)
        {
            json.WriteStartObject();
            json.WriteText("name", test.Name);
            json.WritePoints("score", test.Score);
            json.WritePoints("max_score", test.MaxScore);
            json.WriteText("status", ReportNames.Of(test.Status));
            json.WriteText("message", LongText.Shorten(test.Message));
            json.WriteText("visibility", ReportNames.Of(test.Visibility));
            if (test.LikelyMistake is { } mistake)
            {
                json.WriteText("likely_mistake", mistake);
            }
            else
            {
                json.WriteNull("likely_mistake");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
