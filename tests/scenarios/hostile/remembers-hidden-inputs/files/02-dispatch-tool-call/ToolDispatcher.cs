using System.Text.Json;
using ToolCalling;

namespace Exercises;

// Hostile on purpose: a correct dispatcher that remembers every call it is given, and fails a visible test
// ("fly_to_moon") with all of them in its message, hoping that hidden tests ran before it.
public static class ToolDispatcher
{
    private static readonly List<string> Seen = [];

    public static string DispatchToolCall(IToolCall toolCall, IReadOnlyDictionary<string, ToolFunction> registry)
    {
        var name = toolCall.Function.Name;
        if (name == "fly_to_moon")
        {
            throw new InvalidOperationException("SEEN " + string.Join(" | ", Seen));
        }

        Seen.Add($"{name} {toolCall.Function.Arguments}");
        using var arguments = JsonDocument.Parse(toolCall.Function.Arguments);
        return registry.TryGetValue(name, out var function)
            ? JsonSerializer.Serialize(function(arguments.RootElement))
            : JsonSerializer.Serialize(new { error = $"Unknown function: {name}" });
    }
}
