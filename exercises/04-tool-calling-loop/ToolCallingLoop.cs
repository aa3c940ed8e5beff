using System.Text.Json;
using ToolCalling;
using ToolCalling.Testing;

namespace Exercises;

public static class ToolCallingLoop
{
    public static Task<string> RunConversationAsync(
        IChatModel model,
        ChatCompletionRequest request,
        IReadOnlyDictionary<string, ToolFunction> registry,
        int maxRounds = 5,
        CancellationToken cancellationToken = default) =>
        throw new NotImplementedException(
            "Send the request to the model. While it answers with tool calls, append its message, then one tool message per call, " +
            "and send again; return its final text. Stop with an InvalidOperationException after maxRounds rounds. See README.md.");
}
