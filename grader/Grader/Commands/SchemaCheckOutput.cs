using System.Text.Json.Nodes;
using Grader.Reports;
using ToolCalling.Testing;

namespace Grader.Cli.Commands;

/// <summary>Writes the problems check-schema found: grouped for people, or as JSON for scripts.</summary>
public static class SchemaCheckOutput
{
    private const string MessageIndent = "           ";

    public static void WriteText(TextWriter output, string path, int tools, IReadOnlyList<ToolDefinitionProblem> problems, JsonLines lines)
    {
        var (errors, warnings) = Totals(problems);
        var what = tools == 1 ? "a valid tool definition" : $"{tools} valid tool definitions";
        output.WriteLine(errors == 0
            ? $"{VisibleText.OneLine(path)}: {what}{(warnings == 0 ? "." : $", with {Count(warnings, "warning")}.")}"
            : $"{VisibleText.OneLine(path)}: {Count(errors, "error")}{(warnings == 0 ? "" : $" and {Count(warnings, "warning")}")}; {Verdict(problems)}");

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

    public static void WriteJson(TextWriter output, string path, IReadOnlyList<ToolDefinitionProblem> problems, JsonLines lines)
    {
        var json = new JsonObject
        {
            ["file"] = path,
            ["valid"] = problems.All(problem => problem.Severity != ProblemSeverity.Error),
            ["error_count"] = Totals(problems).Errors,
            ["warning_count"] = Totals(problems).Warnings,
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

    // Every problem found, listed or not: a list cut short ends with a line that counts the rest.
    private static (int Errors, int Warnings) Totals(IReadOnlyList<ToolDefinitionProblem> problems)
    {
        var listed = problems.Where(problem => problem.Unlisted is null).ToList();
        var errors = listed.Count(problem => problem.Severity == ProblemSeverity.Error);
        return (errors + problems.Sum(problem => problem.Unlisted?.Errors ?? 0),
            listed.Count - errors + problems.Sum(problem => problem.Unlisted?.Warnings ?? 0));
    }

    private static string Count(int count, string noun) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{count:N0} {noun}{(count == 1 ? "" : "s")}");
}
