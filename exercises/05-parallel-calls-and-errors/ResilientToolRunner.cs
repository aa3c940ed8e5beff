using System.Text.Json;
using ToolCalling;
using ToolCalling.Testing;

namespace Exercises;

public static class ResilientToolRunner
{
    public static IReadOnlyList<ToolMessage> ProcessToolCallsSafely(IReadOnlyList<IToolCall> toolCalls, IReadOnlyDictionary<string, ToolFunction> registry) =>
        throw new NotImplementedException(
            "Answer every tool call with a ToolMessage, in order. An unknown function, broken arguments or a function that throws " +
            "becomes an {\"error\": ...} result instead of an exception. See README.md.");

    public static Task<string> RunConversationAsync(
        IChatModel model,
        ChatCompletionRequest request,
        IReadOnlyDictionary<string, ToolFunction> registry,
        int maxRounds = 5,
        CancellationToken cancellationToken = default) =>
        throw new NotImplementedException(
            "Bring in your loop from exercise 4 and answer each round's tool calls with ProcessToolCallsSafely. See README.md.");
}
