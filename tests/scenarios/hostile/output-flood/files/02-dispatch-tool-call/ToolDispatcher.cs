using System.Text.Json;
using ToolCalling;

namespace Exercises;

// Hostile on purpose: a correct dispatcher, except when asked for "fly_to_moon" (a visible test's unknown function).
public static class ToolDispatcher
{
    public static string DispatchToolCall(IToolCall toolCall, IReadOnlyDictionary<string, ToolFunction> registry)
    {
        var name = toolCall.Function.Name;
        if (name == "fly_to_moon")
        {
            var line = new string('x', 1000);
            for (var i = 0; i < 5_000; i++)
            {
                Console.WriteLine(line);
                Console.Error.WriteLine(line);
            }
        }

        using var arguments = JsonDocument.Parse(toolCall.Function.Arguments);
        return registry.TryGetValue(name, out var function)
            ? JsonSerializer.Serialize(function(arguments.RootElement))
            : JsonSerializer.Serialize(new { error = $"Unknown function: {name}" });
    }
}
