using System.Text.Json;
using ToolCalling;

namespace Exercises;

// Hostile on purpose: a correct dispatcher, except that for "fly_to_moon" (a visible test's unknown function) it
// first writes 256 MB into the temporary folder, one megabyte at a time.
public static class ToolDispatcher
{
    public static string DispatchToolCall(IToolCall toolCall, IReadOnlyDictionary<string, ToolFunction> registry)
    {
        var name = toolCall.Function.Name;
        if (name == "fly_to_moon")
        {
            var megabyte = new byte[1024 * 1024];
            using var filler = File.Create(Path.Combine(Path.GetTempPath(), "filler.bin"));
            for (var written = 0; written < 256; written++)
            {
                filler.Write(megabyte);
                filler.Flush();
            }
        }

        using var parsed = JsonDocument.Parse(toolCall.Function.Arguments);
        return registry.TryGetValue(name, out var function)
            ? JsonSerializer.Serialize(function(parsed.RootElement))
            : JsonSerializer.Serialize(new { error = $"Unknown function: {name}" });
    }
}
