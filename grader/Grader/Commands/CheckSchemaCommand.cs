using System.CommandLine;
using System.Text.Json.Nodes;
using Grader.Infrastructure;
using ToolCalling.Testing;

namespace Grader.Cli.Commands;

/// <summary><c>check-schema &lt;tool.json&gt;</c>: validates a tool definition (or an array of them) the way the API would.</summary>
public static class CheckSchemaCommand
{
    private const string StandardInput = "-";
    private const string StandardInputName = "<stdin>";

    public static Command Create()
    {
        var file = new Argument<string>("tool.json")
        {
            Description = $"A file holding one OpenAI tool definition, or a JSON array of them; {StandardInput} reads it from standard input.",
        };
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
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new UserError($"The name of the tool definition's file is empty. Give the path of a JSON file, or {StandardInput} to read it from standard input.");
        }

        JsonNode? document;
        JsonLines lines;
        var source = path == StandardInput ? StandardInputName : path;
        try
        {
            (document, lines) = path == StandardInput ? ReadStandardInput() : ReadFile(path);
        }
        catch (JsonInputException exception)
        {
            if (format == "json")
            {
                SchemaCheckOutput.WriteUnreadableJson(Console.Out, source, exception);
            }

            throw new UserError(exception.Message);
        }

        var checkedTools = document is JsonArray tools
            ? ToolDefinitionValidator.ValidateAll(tools)
            : ToolDefinitionValidator.Validate(document);
        var count = document is JsonArray array ? array.Count : 1;

        if (format == "json")
        {
            SchemaCheckOutput.WriteJson(Console.Out, source, checkedTools, lines);
        }
        else
        {
            SchemaCheckOutput.WriteText(Console.Out, source, count, checkedTools, lines);
        }

        return checkedTools.ErrorCount > 0 ? ExitCodes.UsageOrInput : ExitCodes.Completed;
    }

    // Read once: a pipe given by name, such as <(...), cannot be read a second time.
    private static (JsonNode? Document, JsonLines Lines) ReadFile(string path)
    {
        var bytes = JsonInput.ReadFileBytes(path);
        return (JsonInput.Parse(bytes, path), JsonLines.Of(bytes));
    }

    private static (JsonNode? Document, JsonLines Lines) ReadStandardInput()
    {
        if (!Console.IsInputRedirected)
        {
            Notices.Write("Reading the tool definition from the terminal: paste it, then press Ctrl-D on an empty line.");
        }

        using var input = Console.OpenStandardInput();
        var bytes = JsonInput.ReadBytes(input, StandardInputName);
        return (JsonInput.Parse(bytes, StandardInputName), JsonLines.Of(bytes));
    }
}
