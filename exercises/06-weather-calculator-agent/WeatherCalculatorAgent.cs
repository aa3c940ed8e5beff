using System.Data;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ToolCalling;
using ToolCalling.Testing;

namespace Exercises;

public static class WeatherCalculatorAgent
{
    public const int MaxRounds = 5;

    public static IReadOnlyList<ToolDefinition> Tools =>
        throw new NotImplementedException(
            "Describe get_weather, calculate and convert_temperature as tool definitions: ToolDefinition.ForFunction with a name, " +
            "a description and a JSON Schema of the arguments. See README.md.");

    public static IReadOnlyDictionary<string, ToolFunction> Registry =>
        throw new NotImplementedException(
            "Map \"get_weather\", \"calculate\" and \"convert_temperature\" to tool functions that read their arguments and return a result. See README.md.");

    public static Task<AgentResult> AskAsync(IChatModel model, string question, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException(
            "Ask the model the question with your three tools, run the tool-calling loop until it answers with text, " +
            "and count the rounds and the tool calls. See README.md.");
}
