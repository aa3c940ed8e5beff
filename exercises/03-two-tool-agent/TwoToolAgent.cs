using System.Text.Json;
using ToolCalling;

namespace Exercises;

public static class TwoToolAgent
{
    public static IReadOnlyDictionary<string, ToolFunction> Registry =>
        throw new NotImplementedException(
            "Map \"lookup_user\" and \"get_order_history\" to tool functions that call Shop.LookupUser and Shop.GetOrderHistory. See README.md.");

    public static IReadOnlyList<ToolMessage> ProcessToolCalls(IReadOnlyList<IToolCall> toolCalls, IReadOnlyDictionary<string, ToolFunction> registry) =>
        throw new NotImplementedException(
            "Answer every tool call with a ToolMessage that carries the call's id and the JSON result, in the order of the calls. See README.md.");
}
