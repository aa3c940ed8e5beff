using System.Text.Json;
using ToolCalling;

namespace Exercises;

public static class ToolDispatcher
{
    public static string DispatchToolCall(IToolCall toolCall, IReadOnlyDictionary<string, ToolFunction> registry)
    {
        var name = toolCall.Function.Name;
        using var arguments = JsonDocument.Parse(toolCall.Function.Arguments);

        if (!registry.TryGetValue(name, out var function))
        {
            return JsonSerializer.Serialize(new { error = $"Unknown function: {name}" });
        }

        var result = function(arguments.RootElement);
        // Mistake: ToString() gives C#'s text for the value, and serializing that text makes a JSON string, not the value.
        return JsonSerializer.Serialize(result?.ToString());
    }
}
