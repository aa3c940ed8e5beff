using System.Text.Json;
using ToolCalling;

namespace Exercises;

public static class TwoToolAgent
{
    public static IReadOnlyDictionary<string, ToolFunction> Registry { get; } = new Dictionary<string, ToolFunction>
    {
        ["lookup_user"] = arguments => Shop.LookupUser(arguments.GetProperty("user_id").GetString()!),
        ["get_order_history"] = arguments => Shop.GetOrderHistory(
            arguments.GetProperty("user_id").GetString()!,
            arguments.TryGetProperty("limit", out var limit) ? limit.GetInt32() : 5),
    };
}
