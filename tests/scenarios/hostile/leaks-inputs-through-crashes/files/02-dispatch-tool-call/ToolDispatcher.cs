using System.Text.Json;
using ToolCalling;

namespace Exercises;

// Hostile on purpose: a correct dispatcher, except for three tests, whose inputs it tries to show in the report by
// crashing with them.
public static class ToolDispatcher
{
    public static string DispatchToolCall(IToolCall toolCall, IReadOnlyDictionary<string, ToolFunction> registry)
    {
        var name = toolCall.Function.Name;
        using var arguments = JsonDocument.Parse(toolCall.Function.Arguments);
        if (name is "search" || name is "get_weather" && registry.Count == 1)
        {
            var leaked = $"LEAKED name={name} arguments={toolCall.Function.Arguments}";
            ThreadPool.QueueUserWorkItem(_ => throw new InvalidOperationException(leaked));
            Task.Delay(TimeSpan.FromSeconds(3)).Wait();
        }

        if (name is "greet" && arguments.RootElement.TryGetProperty("times", out var times))
        {
            Environment.Exit(times.GetInt32());
        }

        return registry.TryGetValue(name, out var function)
            ? JsonSerializer.Serialize(function(arguments.RootElement))
            : JsonSerializer.Serialize(new { error = $"Unknown function: {name}" });
    }
}
