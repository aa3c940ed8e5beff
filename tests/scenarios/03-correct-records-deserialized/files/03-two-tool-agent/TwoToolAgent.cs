using System.Text.Json;
using System.Text.Json.Serialization;
using ToolCalling;

namespace Exercises;

// Arguments deserialized into records; an iterator collected into an array.
public static class TwoToolAgent
{
    public static IReadOnlyDictionary<string, ToolFunction> Registry => new Dictionary<string, ToolFunction>
    {
        ["lookup_user"] = arguments => Shop.LookupUser(arguments.Deserialize<UserArguments>()!.UserId),
        ["get_order_history"] = arguments =>
        {
            var request = arguments.Deserialize<OrderArguments>()!;
            return Shop.GetOrderHistory(request.UserId, request.Limit ?? 5);
        },
    };

    public static IReadOnlyList<ToolMessage> ProcessToolCalls(IReadOnlyList<IToolCall> toolCalls, IReadOnlyDictionary<string, ToolFunction> registry) =>
        Answer(toolCalls, registry).ToArray();

    private static IEnumerable<ToolMessage> Answer(IEnumerable<IToolCall> toolCalls, IReadOnlyDictionary<string, ToolFunction> registry)
    {
        foreach (var call in toolCalls)
        {
            if (!registry.ContainsKey(call.Function.Name))
            {
                yield return new ToolMessage(call.Id, JsonSerializer.Serialize(new UnknownFunction($"Unknown function: {call.Function.Name}")));
                continue;
            }

            using var document = JsonDocument.Parse(call.Function.Arguments);
            var result = registry[call.Function.Name](document.RootElement);
            yield return new ToolMessage(call.Id, JsonSerializer.Serialize(result));
        }
    }

    private sealed record UserArguments([property: JsonPropertyName("user_id")] string UserId);

    private sealed record OrderArguments([property: JsonPropertyName("user_id")] string UserId, [property: JsonPropertyName("limit")] int? Limit);

    private sealed record UnknownFunction([property: JsonPropertyName("error")] string Error);
}
