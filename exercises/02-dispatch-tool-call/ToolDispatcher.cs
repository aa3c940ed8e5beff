using System.Text.Json;
using ToolCalling;

namespace Exercises;

public static class ToolDispatcher
{
    public static string DispatchToolCall(IToolCall toolCall, IReadOnlyDictionary<string, ToolFunction> registry) =>
        throw new NotImplementedException(
            "Run the function this tool call names: parse toolCall.Function.Arguments, look the name up in the registry, " +
            "call the function and return its result serialized as JSON. See README.md.");
}
