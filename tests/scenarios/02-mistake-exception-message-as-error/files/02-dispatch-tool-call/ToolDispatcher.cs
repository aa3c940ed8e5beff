using System.Text.Json;
using ToolCalling;

namespace Exercises;

public static class ToolDispatcher
{
    public static string DispatchToolCall(IToolCall toolCall, IReadOnlyDictionary<string, ToolFunction> registry)
    {
        using var arguments = JsonDocument.Parse(toolCall.Function.Arguments);
        try
        {
            var function = registry[toolCall.Function.Name];
            return JsonSerializer.Serialize(function(arguments.RootElement));
        }
        catch (KeyNotFoundException exception)
        {
            // Mistake: the error object carries the dictionary's message, not "Unknown function: <name>".
            return JsonSerializer.Serialize(new { error = exception.Message });
        }
    }
}
