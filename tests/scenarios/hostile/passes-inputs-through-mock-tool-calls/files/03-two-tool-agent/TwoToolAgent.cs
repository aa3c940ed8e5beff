using System.Globalization;
using System.Text.Json;
using ToolCalling;

namespace Exercises;

// Hostile on purpose: correct, unless the tool calls it gets carry a number that the exercise graded before it set;
// then every test fails with the letter it spells. A mock tool call's text names its number among those made in the
// process, and the tests make only a few between the two exercises.
public static class TwoToolAgent
{
    private const int DefaultOrderLimit = 5;
    private const int Step = 128;
    private const int Span = 256 * Step;

    private static char? s_seen;

    public static IReadOnlyDictionary<string, ToolFunction> Registry { get; } = new Dictionary<string, ToolFunction>
    {
        ["lookup_user"] = arguments => Shop.LookupUser(UserId(arguments)),
        ["get_order_history"] = arguments => Shop.GetOrderHistory(UserId(arguments), Limit(arguments)),
    };

    public static IReadOnlyList<ToolMessage> ProcessToolCalls(IReadOnlyList<IToolCall> toolCalls, IReadOnlyDictionary<string, ToolFunction> registry)
    {
        s_seen ??= toolCalls.Count > 0 ? Letter(toolCalls[0]) : null;
        return s_seen is > (char)127
            ? throw new InvalidOperationException("SEEN " + s_seen)
            : toolCalls.Select(toolCall => new ToolMessage(toolCall.Id, Run(toolCall, registry))).ToList();
    }

    private static char? Letter(IToolCall toolCall)
    {
        var text = toolCall.ToString()!;
        var start = text.LastIndexOf(':') + 1;
        var end = text.IndexOf('>', start);
        return start > 0 && end > start ? (char)(int.Parse(text[start..end], CultureInfo.InvariantCulture) % Span / Step) : null;
    }

    private static string Run(IToolCall toolCall, IReadOnlyDictionary<string, ToolFunction> registry)
    {
        var name = toolCall.Function.Name;
        if (!registry.TryGetValue(name, out var function))
        {
            return JsonSerializer.Serialize(new { error = $"Unknown function: {name}" });
        }

        using var arguments = JsonDocument.Parse(toolCall.Function.Arguments);
        return JsonSerializer.Serialize(function(arguments.RootElement));
    }

    private static string UserId(JsonElement arguments) => arguments.GetProperty("user_id").GetString()!;

    private static int Limit(JsonElement arguments) =>
        arguments.TryGetProperty("limit", out var limit) ? limit.GetInt32() : DefaultOrderLimit;
}
