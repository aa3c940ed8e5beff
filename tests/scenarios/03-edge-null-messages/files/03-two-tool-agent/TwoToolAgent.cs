using ToolCalling;

namespace Exercises;

// One null message per call, null contents from the tools, and a registry whose tools return null.
public static class TwoToolAgent
{
    public static IReadOnlyDictionary<string, ToolFunction> Registry => new Dictionary<string, ToolFunction>
    {
        ["lookup_user"] = _ => null,
        ["get_order_history"] = _ => null,
    };

    public static IReadOnlyList<ToolMessage> ProcessToolCalls(IReadOnlyList<IToolCall> toolCalls, IReadOnlyDictionary<string, ToolFunction> registry) =>
        toolCalls.Select(_ => (ToolMessage)null!).ToList();
}
