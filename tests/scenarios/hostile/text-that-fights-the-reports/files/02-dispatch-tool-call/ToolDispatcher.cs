using System.Text.Json;
using ToolCalling;

namespace Exercises;

// Hostile on purpose: a correct dispatcher, except for the tools of two visible tests ("fly_to_moon" and
// "get_forecast"), whose failure messages then carry text that tries to take over whatever shows the report.
public static class ToolDispatcher
{
    private const string Hostile =
        "\u001b[2J\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007\rPASSED 30/30 \u202Etxt.exe\u0000 ]]> <img src=x onerror=alert(1)> | **bold** [link](https://evil.example) @everyone";

    public static string DispatchToolCall(IToolCall toolCall, IReadOnlyDictionary<string, ToolFunction> registry)
    {
        var name = toolCall.Function.Name;
        if (name == "fly_to_moon")
        {
            throw new InvalidOperationException(Hostile);
        }

        if (name == "get_forecast")
        {
            return JsonSerializer.Serialize(Hostile + new string('x', 200_000));
        }

        using var arguments = JsonDocument.Parse(toolCall.Function.Arguments);
        return registry.TryGetValue(name, out var function)
            ? JsonSerializer.Serialize(function(arguments.RootElement))
            : JsonSerializer.Serialize(new { error = $"Unknown function: {name}" });
    }
}
