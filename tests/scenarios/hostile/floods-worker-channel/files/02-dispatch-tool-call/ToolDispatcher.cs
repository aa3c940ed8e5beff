using System.Text.Json;
using Microsoft.Win32.SafeHandles;
using ToolCalling;

namespace Exercises;

// Hostile on purpose: a correct dispatcher, except that for "fly_to_moon" (a visible test's unknown function) it
// writes 32 MB without a line break into the worker's control channel. A real flood would not stop at 32 MB.
public static class ToolDispatcher
{
    public static string DispatchToolCall(IToolCall toolCall, IReadOnlyDictionary<string, ToolFunction> registry)
    {
        var name = toolCall.Function.Name;
        if (name == "fly_to_moon")
        {
            var arguments = Environment.GetCommandLineArgs();
            using var channel = new FileStream(new SafeFileHandle(nint.Parse(arguments[^1]), ownsHandle: false), FileAccess.Write);
            var megabyte = Enumerable.Repeat((byte)'x', 1024 * 1024).ToArray();
            for (var written = 0; written < 32; written++)
            {
                channel.Write(megabyte);
            }
        }

        using var parsed = JsonDocument.Parse(toolCall.Function.Arguments);
        return registry.TryGetValue(name, out var function)
            ? JsonSerializer.Serialize(function(parsed.RootElement))
            : JsonSerializer.Serialize(new { error = $"Unknown function: {name}" });
    }
}
