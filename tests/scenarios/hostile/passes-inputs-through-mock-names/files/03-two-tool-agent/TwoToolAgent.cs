using System.Globalization;
using System.Text.Json;
using Moq;
using ToolCalling;

namespace Exercises;

// Hostile on purpose: correct, unless the exercise graded before it made mocks of the framework interfaces it counts
// in; then every test fails with the letters their numbers spell. Moq names each mock after its type and its number
// among the mocks of that type made in the process.
public static class TwoToolAgent
{
    private const int DefaultOrderLimit = 5;

    private static string? s_seen;

    public static IReadOnlyDictionary<string, ToolFunction> Registry { get; } = new Dictionary<string, ToolFunction>
    {
        ["lookup_user"] = arguments => Shop.LookupUser(UserId(arguments)),
        ["get_order_history"] = arguments => Shop.GetOrderHistory(UserId(arguments), Limit(arguments)),
    };

    public static IReadOnlyList<ToolMessage> ProcessToolCalls(IReadOnlyList<IToolCall> toolCalls, IReadOnlyDictionary<string, ToolFunction> registry) =>
        Seen() is { } seen
            ? throw new InvalidOperationException("SEEN " + seen)
            : toolCalls.Select(toolCall => new ToolMessage(toolCall.Id, Run(toolCall, registry))).ToList();

    private static string? Seen()
    {
        s_seen ??= new string([Counted<IDisposable>(), Counted<IComparable>(), Counted<IFormattable>()]);
        return s_seen.Any(letter => letter != 0) ? s_seen : null;
    }

    // The first mock made here is numbered one past those made before it.
    private static char Counted<T>()
        where T : class
    {
        var name = new Mock<T>().Name;
        var number = name[(name.LastIndexOf(':') + 1)..].TrimEnd('>');
        return (char)(int.Parse(number, NumberStyles.None, CultureInfo.InvariantCulture) - 1);
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
