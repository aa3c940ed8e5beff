using System.Text.Json.Nodes;
using Grader.Reports;
using ToolCalling.Testing;

namespace Grader.Cli.Commands;

/// <summary>Writes the problems check-schema found: grouped for people, or as JSON for scripts.</summary>
public static class SchemaCheckOutput
{
    private const string MessageIndent = "           ";

    public static void WriteText(TextWriter output, string path, int tools, ToolDefinitionProblems problems, JsonLines lines)
    {
        var errors = problems.ErrorCount;
        var warnings = problems.WarningCount;
        var what = tools == 1 ? "a valid tool definition" : $"{tools} valid tool definitions";
        output.WriteLine(errors == 0
            ? $"{VisibleText.OneLine(path)}: {what}{(warnings == 0 ? "." : $", with {Teaching.LargeCount(warnings, "warning")}.")}"
            : $"{VisibleText.OneLine(path)}: {Teaching.LargeCount(errors, "error")}{(warnings == 0 ? "" : $" and {Teaching.LargeCount(warnings, "warning")}")}; {Verdict(problems)}");

        foreach (var problem in problems)
        {
            output.WriteLine();
            var line = lines.LineOf(problem.Path) is { } number ? $" (line {number})" : "";
            output.WriteLine($"  {(problem.Severity == ProblemSeverity.Error ? "error  " : "warning")}  {VisibleText.OneLine(problem.Path)}{line}");
            WriteIndented(output, problem.Message);
            if (problem.Hint is not null)
            {
                WriteIndented(output, problem.Hint);
            }
        }

        if (problems.Unlisted.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"{problems.Unlisted} {(problems.Unlisted.Count == 1 ? "was" : "were")} found but not listed; fix the ones above and check again.");
        }
    }

    // Messages quote learner text (names, keys, descriptions): it is spelled out as the text reports spell it, and a line
    // break in it stays indented under the problem it belongs to.
    private static void WriteIndented(TextWriter output, string text)
    {
        foreach (var line in VisibleText.Lines(text))
        {
            output.WriteLine(MessageIndent + line);
        }
    }

    // Some errors are the API's own rejections; others are things it accepts but the model cannot use, such as a
    // required name that is not among the properties. Only the first kind lets the summary speak for the API.
    private static string Verdict(IReadOnlyList<ToolDefinitionProblem> problems) =>
        problems.Any(problem => problem.Severity == ProblemSeverity.Error && problem.Rejection is not null)
            ? "the API would reject it."
            : "fix the errors before you use it.";

    /// <summary>The counts are of every problem found; <c>problems</c> lists the first of them, and <c>omitted_count</c> says how many more there are.</summary>
    public static void WriteJson(TextWriter output, string path, ToolDefinitionProblems problems, JsonLines lines)
    {
        var json = new JsonObject
        {
            ["file"] = path,
            ["valid"] = problems.ErrorCount == 0,
            ["error_count"] = problems.ErrorCount,
            ["warning_count"] = problems.WarningCount,
            ["omitted_count"] = problems.Unlisted.Count,
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
        output.WriteLine(JsonForScripts.Text(json));
    }

    /// <summary>
    /// For a file that is not JSON at all: the same shape, so that a script reading stdout always gets JSON and reads its
    /// one problem as it reads any other; it also gives the column.
    /// </summary>
    public static void WriteUnreadableJson(TextWriter output, string path, JsonInputException unreadable)
    {
        var json = new JsonObject
        {
            ["file"] = path,
            ["valid"] = false,
            ["error_count"] = 1,
            ["warning_count"] = 0,
            ["omitted_count"] = 0,
            ["problems"] = new JsonArray(new JsonObject
            {
                ["severity"] = "error",
                ["path"] = unreadable.JsonPath,
                ["line"] = unreadable.Line,
                ["column"] = unreadable.Column,
                ["message"] = unreadable.Reason,
                ["hint"] = null,
                ["api_code"] = null,
            }),
        };
        output.WriteLine(JsonForScripts.Text(json));
    }
}
