using Grader.Infrastructure;
using Grader.Reports;

namespace Grader.Grading;

/// <summary>
/// What a batch records when the grader itself failed on a submission: its own status, never a score, so no
/// one mistakes it for a zero. It is written like the reports beside it: text as it is, with only what JSON requires
/// and what would reorder or hide text escaped.
/// </summary>
internal static class InfrastructureError
{
    public const string Status = "infrastructure_error";

    public static string Json(string submission, Exception exception)
    {
        using var text = new StringWriter();
        ReportJson.Write(text, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteText("submission", submission);
            json.WriteText("status", Status);
            json.WriteText("message", $"The grader could not grade this submission: {Sentence.Of(exception.Message)} Nothing was scored; run grade-all again with --resume to retry.");
            json.WriteEndObject();
        });
        return text.ToString();
    }
}
