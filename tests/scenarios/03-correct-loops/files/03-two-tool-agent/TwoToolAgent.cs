using System.Text.Json;
using ToolCalling;

namespace Exercises;

// Plain loops and helper methods; the registry is rebuilt on every read.
public static class TwoToolAgent
{
    public static IReadOnlyDictionary<string, ToolFunction> Registry
    {
        get
        {
            var registry = new Dictionary<string, ToolFunction>();
            registry.Add("lookup_user", LookupUser);
            registry.Add("get_order_history", GetOrderHistory);
            return registry;
        }
    }

    public static IReadOnlyList<ToolMessage> ProcessToolCalls(IReadOnlyList<IToolCall> toolCalls, IReadOnlyDictionary<string, ToolFunction> registry)
    {
        var messages = new List<ToolMessage>();
        for (int i = 0; i < toolCalls.Count; i++)
        {
            IToolCall call = toolCalls[i];
            string content;
            if (registry.TryGetValue(call.Function.Name, out ToolFunction? function))
            {
                using JsonDocument arguments = JsonDocument.Parse(call.Function.Arguments);
                content = JsonSerializer.Serialize(function(arguments.RootElement));
            }
            else
            {
                content = JsonSerializer.Serialize(new Dictionary<string, string> { { "error", "Unknown function: " + call.Function.Name } });
            }

            messages.Add(new ToolMessage(call.Id, content));
        }

        return messages;
    }

    private static object? LookupUser(JsonElement arguments)
    {
        string userId = arguments.GetProperty("user_id").GetString()!;
        return Shop.LookupUser(userId);
    }

    private static object? GetOrderHistory(JsonElement arguments)
    {
        string userId = arguments.GetProperty("user_id").GetString()!;
        int limit = 5;
        if (arguments.TryGetProperty("limit", out JsonElement given) && given.ValueKind == JsonValueKind.Number)
        {
            limit = given.GetInt32();
        }

        return Shop.GetOrderHistory(userId, limit);
    }
}
