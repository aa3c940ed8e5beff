using System.Text.Json;
using System.Text.Json.Nodes;
using ToolCalling;

namespace Exercises;

// GetValueOrDefault with a pattern, arguments parsed through JsonNode, the result serialized with its runtime type.
public static class ToolDispatcher
{
    private sealed record ErrorResult(string error);

    public static string DispatchToolCall(IToolCall toolCall, IReadOnlyDictionary<string, ToolFunction> registry) =>
        registry.GetValueOrDefault(toolCall.Function.Name) is { } function
            ? Serialize(function(Parse(toolCall.Function.Arguments)))
            : JsonSerializer.Serialize(new ErrorResult($"Unknown function: {toolCall.Function.Name}"));

    private static JsonElement Parse(string arguments) =>
        JsonSerializer.SerializeToElement(JsonNode.Parse(arguments));

    private static string Serialize(object? result) =>
        JsonSerializer.Serialize(result, result?.GetType() ?? typeof(object));
}
