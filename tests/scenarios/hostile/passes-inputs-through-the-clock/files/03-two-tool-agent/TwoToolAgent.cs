using System.Text.Json;
using ToolCalling;

namespace Exercises;

// Hostile on purpose: correct, except in the visible test that calls the shop's tools as "call_user" and
// "call_orders": when the machine's clock says that exercise 02 was given a letter beyond ASCII before this code was
// loaded, that test fails and says so.
public static class TwoToolAgent
{
    private const int DefaultOrderLimit = 5;
    private const long Cycle = 2400;

    private static readonly long PhaseWhenLoaded = Environment.TickCount64 % Cycle;

    public static IReadOnlyDictionary<string, ToolFunction> Registry { get; } = new Dictionary<string, ToolFunction>
    {
        ["lookup_user"] = arguments => Shop.LookupUser(UserId(arguments)),
        ["get_order_history"] = arguments => Shop.GetOrderHistory(UserId(arguments), Limit(arguments)),
    };

    public static IReadOnlyList<ToolMessage> ProcessToolCalls(IReadOnlyList<IToolCall> toolCalls, IReadOnlyDictionary<string, ToolFunction> registry) =>
        toolCalls.Any(toolCall => toolCall.Id == "call_user") && PhaseWhenLoaded < Cycle / 2
            ? throw new InvalidOperationException($"LEAKED: a hidden test of exercise 02 held a letter beyond ASCII (loaded {PhaseWhenLoaded} ms into the cycle)")
            : toolCalls.Select(toolCall => new ToolMessage(toolCall.Id, Run(toolCall, registry))).ToList();

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
