namespace Grader.Reports;

/// <summary>
/// The <c>results.json</c> for an upload that holds nothing to grade. Gradescope shows a student only what this
/// file says; without it they would see that the autograder failed, and not that their upload was the problem.
/// </summary>
public static class GradescopeRefusal
{
    public static void Write(string message, TextWriter output) => ReportJson.Write(output, json =>
    {
        json.WriteStartObject();
        json.WritePoints("score", 0);
        json.WriteSeconds("execution_time", 0);
        json.WriteText("output", message);
        json.WriteString("output_format", "text");
        json.WriteString("visibility", "visible");
        json.WriteString("stdout_visibility", "hidden");
        json.WriteStartArray("tests");
        json.WriteEndArray();
        json.WriteEndObject();
    });
}
