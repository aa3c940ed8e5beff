using System.Text.Json;
using ToolCalling;

namespace Exercises;

public static class ToolDispatcher
{
    public static string DispatchToolCall(IToolCall toolCall, IReadOnlyDictionary<string, ToolFunction> registry)
    {
        var name = toolCall.Function.Name;
        using var arguments = JsonDocument.Parse(toolCall.Function.Arguments);

        var result = registry[name](arguments.RootElement);
        return JsonSerializer.Serialize(result);
    }
}
