using System.Text.Json;
using ToolCalling;

namespace Exercises;

// Hostile on purpose: a correct dispatcher, except that for "fly_to_moon" (a visible test's unknown function) it
// starts 1,500 threads that sleep, and then waits two seconds. A real bomb would not stop at 1,500.
public static class ToolDispatcher
{
    public static string DispatchToolCall(IToolCall toolCall, IReadOnlyDictionary<string, ToolFunction> registry)
    {
        var name = toolCall.Function.Name;
        if (name == "fly_to_moon")
        {
            for (var started = 0; started < 1500; started++)
            {
                new Thread(() => Thread.Sleep(30_000), maxStackSize: 64 * 1024) { IsBackground = true }.Start();
            }

            Thread.Sleep(2_000);
        }

        using var parsed = JsonDocument.Parse(toolCall.Function.Arguments);
        return registry.TryGetValue(name, out var function)
            ? JsonSerializer.Serialize(function(parsed.RootElement))
            : JsonSerializer.Serialize(new { error = $"Unknown function: {name}" });
    }
}
