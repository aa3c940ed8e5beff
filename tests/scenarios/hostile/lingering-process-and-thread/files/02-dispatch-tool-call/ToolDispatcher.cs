using System.Text.Json;
using ToolCalling;
using System.Diagnostics;

namespace Exercises;

// Hostile on purpose: a correct dispatcher, except when asked for "fly_to_moon" (a visible test's unknown function).
public static class ToolDispatcher
{
    public static string DispatchToolCall(IToolCall toolCall, IReadOnlyDictionary<string, ToolFunction> registry)
    {
        var name = toolCall.Function.Name;
        if (name == "fly_to_moon")
        {
            try
            {
                Process.Start("sleep", "86399");
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // Under bubblewrap, learner code may not start processes; the thread below still lingers.
            }

            new Thread(() =>
            {
                while (true)
                {
                    Thread.Sleep(50);
                }
            }) { IsBackground = false }.Start();
        }

        using var arguments = JsonDocument.Parse(toolCall.Function.Arguments);
        return registry.TryGetValue(name, out var function)
            ? JsonSerializer.Serialize(function(arguments.RootElement))
            : JsonSerializer.Serialize(new { error = $"Unknown function: {name}" });
    }
}
