using System.Text.Json;
using ToolCalling;

namespace Exercises;

public static class ToolDispatcher
{
    public static string DispatchToolCall(IToolCall toolCall, Dictionary<string, ToolFunction> registry)
    {
        using var arguments = JsonDocument.Parse(toolCall.Function.Arguments);
        return registry.TryGetValue(toolCall.Function.Name, out var function)
            ? JsonSerializer.Serialize(function(arguments.RootElement))
            : JsonSerializer.Serialize(new { error = $"Unknown function: {toolCall.Function.Name}" });
    }
}
