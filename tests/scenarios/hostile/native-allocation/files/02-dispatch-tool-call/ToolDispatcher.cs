using System.Text.Json;
using ToolCalling;
using System.Runtime.InteropServices;

namespace Exercises;

// Hostile on purpose: a correct dispatcher, except when asked for "fly_to_moon" (a visible test's unknown function).
public static class ToolDispatcher
{
    public static string DispatchToolCall(IToolCall toolCall, IReadOnlyDictionary<string, ToolFunction> registry)
    {
        var name = toolCall.Function.Name;
        if (name == "fly_to_moon")
        {
            while (true)
            {
                var block = Marshal.AllocHGlobal(64 * 1024 * 1024);
                for (var offset = 0; offset < 64 * 1024 * 1024; offset += 4096)
                {
                    Marshal.WriteByte(block, offset, 1);
                }
            }
        }

        using var arguments = JsonDocument.Parse(toolCall.Function.Arguments);
        return registry.TryGetValue(name, out var function)
            ? JsonSerializer.Serialize(function(arguments.RootElement))
            : JsonSerializer.Serialize(new { error = $"Unknown function: {name}" });
    }
}
