using ToolCalling;

namespace Exercises;

public static class TwoToolAgent
{
    public static IReadOnlyDictionary<string, ToolFunction> Registry => null!;

    public static IReadOnlyList<ToolMessage> ProcessToolCalls(IReadOnlyList<IToolCall> toolCalls, IReadOnlyDictionary<string, ToolFunction> registry) => null!;
}
