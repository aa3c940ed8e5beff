using System.CommandLine;
using System.Text.Json.Nodes;
using Grader.Infrastructure;
using ToolCalling.Testing;

namespace Grader.Cli.Commands;

/// <summary><c>check-schema &lt;tool.json&gt;</c>: validates a tool definition (or an array of them) the way the API would.</summary>
public static class CheckSchemaCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("tool.json") { Description = "A file holding one OpenAI tool definition, or a JSON array of them." };
        var format = new Option<string>("--format", "-f") { Description = "text for people, json for scripts.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("check-schema", "Check a tool definition: the OpenAI envelope, JSON Schema validity, the name pattern and, with \"strict\": true, strict-mode rules.")
        {
            file,
            format,
        };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(format)!));
        return command;
    }

    private static int Run(string path, string format)
    {
        JsonNode? document;
        try
        {
            document = JsonInput.ReadFile(path);
        }
        catch (JsonInputException exception)
        {
            if (format == "json")
            {
                SchemaCheckOutput.WriteUnreadableJson(Console.Out, path, exception);
            }

            throw new UserError(exception.Message);
        }

        var checkedTools = document is JsonArray tools
            ? ToolDefinitionValidator.ValidateAll(tools)
            : ToolDefinitionValidator.Validate(document);
        var count = document is JsonArray array ? array.Count : 1;
        var lines = JsonLines.ReadFile(path);

        if (format == "json")
        {
            SchemaCheckOutput.WriteJson(Console.Out, path, checkedTools, lines);
        }
        else
        {
            SchemaCheckOutput.WriteText(Console.Out, path, count, checkedTools, lines);
        }

        return checkedTools.Any(problem => problem.Severity == ProblemSeverity.Error) ? ExitCodes.UsageOrInput : ExitCodes.Completed;
    }
}
