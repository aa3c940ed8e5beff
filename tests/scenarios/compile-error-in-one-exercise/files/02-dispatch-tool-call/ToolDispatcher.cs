using System.Text.Json;
using ToolCalling;

namespace Exercises;

public static class ToolDispatcher
{
    public static string DispatchToolCall(IToolCall toolCall, IReadOnlyDictionary<string, ToolFunction> registry)
    {
        var name = toolCall.Function.Name
        using var arguments = JsonDocument.Parse(toolCall.Function.Arguments);
        return registry.TryGetValue(name, out var function)
            ? JsonSerializer.Serialize(function(arguments.RootElement))
            : JsonSerializer.Serialize(new { error = $"Unknown function: {name}" });
    }
}
