using System.Text.Json;
using System.Text.Json.Nodes;
using ToolCalling.Testing;

namespace Grader.Cli.Commands;

/// <summary>Writes the problems check-schema found: grouped for people, or as JSON for scripts.</summary>
public static class SchemaCheckOutput
{
    private static readonly JsonSerializerOptions ForScripts = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void WriteText(TextWriter output, string path, int tools, IReadOnlyList<ToolDefinitionProblem> problems, JsonLines lines)
    {
        var errors = problems.Count(problem => problem.Severity == ProblemSeverity.Error);
        var warnings = problems.Count - errors;
        var what = tools == 1 ? "a valid tool definition" : $"{tools} valid tool definitions";
        output.WriteLine(errors == 0
            ? $"{path}: {what}{(warnings == 0 ? "." : $", with {Count(warnings, "warning")}.")}"
            : $"{path}: {Count(errors, "error")}{(warnings == 0 ? "" : $" and {Count(warnings, "warning")}")}; {Verdict(problems)}");

        foreach (var problem in problems.OrderBy(problem => problem.Severity))
        {
            output.WriteLine();
            var line = lines.LineOf(problem.Path) is { } number ? $" (line {number})" : "";
            output.WriteLine($"  {(problem.Severity == ProblemSeverity.Error ? "error  " : "warning")}  {problem.Path}{line}");
            output.WriteLine($"           {problem.Message}");
            if (problem.Hint is not null)
            {
                output.WriteLine($"           {problem.Hint}");
            }
        }
    }

    // Some errors are the API's own rejections; others are things it accepts but the model cannot use, such as a
    // required name that is not among the properties. Only the first kind lets the summary speak for the API.
    private static string Verdict(IReadOnlyList<ToolDefinitionProblem> problems) =>
        problems.Any(problem => problem.Severity == ProblemSeverity.Error && problem.Rejection is not null)
            ? "the API would reject it."
            : "fix the errors before you use it.";

    public static void WriteJson(TextWriter output, string path, IReadOnlyList<ToolDefinitionProblem> problems, JsonLines lines)
    {
        var json = new JsonObject
        {
            ["file"] = path,
            ["valid"] = problems.All(problem => problem.Severity != ProblemSeverity.Error),
            ["problems"] = new JsonArray(problems.Select(problem => (JsonNode)new JsonObject
            {
                ["severity"] = problem.Severity == ProblemSeverity.Error ? "error" : "warning",
                ["path"] = problem.Path,
                ["line"] = lines.LineOf(problem.Path),
                ["message"] = problem.Message,
                ["hint"] = problem.Hint,
                ["api_code"] = problem.Rejection?.Code,
            }).ToArray()),
        };
        output.WriteLine(json.ToJsonString(ForScripts));
    }

    /// <summary>For a file that is not JSON at all: the same shape, so that a script reading stdout always gets JSON.</summary>
    public static void WriteUnreadableJson(TextWriter output, string path, JsonInputException unreadable)
    {
        var json = new JsonObject
        {
            ["file"] = path,
            ["valid"] = false,
            ["problems"] = new JsonArray(new JsonObject
            {
                ["severity"] = "error",
                ["path"] = unreadable.JsonPath,
                ["line"] = unreadable.Line,
                ["column"] = unreadable.Column,
                ["message"] = unreadable.Reason,
            }),
        };
        output.WriteLine(json.ToJsonString(ForScripts));
    }

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
