using System.Text.Json;
using System.Text.Json.Nodes;

namespace Grader.Grading;

/// <summary>
/// What a batch records when the grader itself failed on a submission: its own status, never a score, so no
/// one mistakes it for a zero.
/// </summary>
public static class InfrastructureError
{
    public const string Status = "infrastructure_error";

    public static string Json(string submission, Exception exception) => new JsonObject
    {
        ["version"] = 1,
        ["submission"] = submission,
        ["status"] = Status,
        ["message"] = $"The grader could not grade this submission: {exception.Message} Nothing was scored; run grade-all again with --resume to retry.",
    }.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
}
