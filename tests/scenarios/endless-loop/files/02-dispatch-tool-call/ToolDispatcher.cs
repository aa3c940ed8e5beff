using System.Text.Json;
using ToolCalling;

namespace Exercises;

public static class ToolDispatcher
{
    public static string DispatchToolCall(IToolCall toolCall, IReadOnlyDictionary<string, ToolFunction> registry)
    {
        var name = toolCall.Function.Name;
        using var arguments = JsonDocument.Parse(toolCall.Function.Arguments);
        ToolFunction? function;
        while (!registry.TryGetValue(name, out function))
        {
            // Waits for the function to appear, which never happens.
        }

        return JsonSerializer.Serialize(function(arguments.RootElement));
    }
}
