using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;
using ToolCalling;

namespace Exercises;

// The registry built from a switch on the tool names; calls answered with LINQ; the error as a JsonObject.
public static class TwoToolAgent
{
    private static readonly string[] ToolNames = ["lookup_user", "get_order_history"];

    public static IReadOnlyDictionary<string, ToolFunction> Registry { get; } =
        ToolNames.ToFrozenDictionary(name => name, name => name switch
        {
            "lookup_user" => new ToolFunction(arguments => Shop.LookupUser(arguments.GetProperty("user_id").GetString()!)),
            "get_order_history" => new ToolFunction(arguments => Shop.GetOrderHistory(
                arguments.GetProperty("user_id").GetString()!,
                arguments.TryGetProperty("limit", out var limit) ? limit.GetInt32() : 5)),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such tool."),
        });

    public static IReadOnlyList<ToolMessage> ProcessToolCalls(IReadOnlyList<IToolCall> toolCalls, IReadOnlyDictionary<string, ToolFunction> registry) =>
        [.. toolCalls.Select(call => new ToolMessage(call.Id, Answer(call, registry)))];

    private static string Answer(IToolCall call, IReadOnlyDictionary<string, ToolFunction> registry) =>
        registry.TryGetValue(call.Function.Name, out var function)
            ? JsonSerializer.Serialize(function(JsonSerializer.Deserialize<JsonElement>(call.Function.Arguments)))
            : new JsonObject { ["error"] = $"Unknown function: {call.Function.Name}" }.ToJsonString();
}
