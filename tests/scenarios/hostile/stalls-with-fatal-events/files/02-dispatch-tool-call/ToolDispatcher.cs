using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Microsoft.Win32.SafeHandles;
using ToolCalling;

namespace Exercises;

// Hostile on purpose: a correct dispatcher, except that for "fly_to_moon" (a visible test's unknown function) it
// spends 20 seconds writing, every 300 ms, the one kind of event a worker may send unsealed: a "fatal" report.
public static class ToolDispatcher
{
    public static string DispatchToolCall(IToolCall toolCall, IReadOnlyDictionary<string, ToolFunction> registry)
    {
        var name = toolCall.Function.Name;
        if (name == "fly_to_moon")
        {
            var arguments = Environment.GetCommandLineArgs();
            using var channel = new FileStream(new SafeFileHandle(nint.Parse(arguments[^1]), ownsHandle: false), FileAccess.Write);
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < TimeSpan.FromSeconds(20))
            {
                channel.Write(Encoding.UTF8.GetBytes("""{"op":"fatal","message":"still working, please wait"}""" + "\n"));
                channel.Flush();
                Thread.Sleep(300);
            }
        }

        using var parsed = JsonDocument.Parse(toolCall.Function.Arguments);
        return registry.TryGetValue(name, out var function)
            ? JsonSerializer.Serialize(function(parsed.RootElement))
            : JsonSerializer.Serialize(new { error = $"Unknown function: {name}" });
    }
}
