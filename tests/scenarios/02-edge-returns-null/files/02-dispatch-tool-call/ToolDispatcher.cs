using ToolCalling;

namespace Exercises;

public static class ToolDispatcher
{
    public static string DispatchToolCall(IToolCall toolCall, IReadOnlyDictionary<string, ToolFunction> registry) => null!;
}
