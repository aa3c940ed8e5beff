using System.Text.Json;
using ToolCalling;
using ToolCalling.Testing;

namespace Exercises;

// Alternative: recursion instead of a loop, and the wire messages added to request.Messages directly.
public static class ToolCallingLoop
{
    public static Task<string> RunConversationAsync(
        IChatModel model,
        ChatCompletionRequest request,
        IReadOnlyDictionary<string, ToolFunction> registry,
        int maxRounds = 5,
        CancellationToken cancellationToken = default) =>
        Continue(model, request, registry, roundsLeft: maxRounds, maxRounds, cancellationToken);

    private static async Task<string> Continue(
        IChatModel model, ChatCompletionRequest request, IReadOnlyDictionary<string, ToolFunction> registry,
        int roundsLeft, int maxRounds, CancellationToken cancellationToken)
    {
        var reply = (await model.CompleteAsync(request, cancellationToken)).Choices[0].Message;
        if (reply.ToolCalls is null || reply.ToolCalls.Count == 0)
        {
            return reply.Content ?? "";
        }

        if (roundsLeft == 0)
        {
            throw new InvalidOperationException($"Stopped: still calling tools after {maxRounds} rounds.");
        }

        request.Messages.Add(reply);
        foreach (var call in reply.ToolCalls)
        {
            request.Messages.Add(ChatMessage.Tool(call.Id, Answer(call, registry)));
        }

        return await Continue(model, request, registry, roundsLeft - 1, maxRounds, cancellationToken);
    }

    private static string Answer(ToolCall call, IReadOnlyDictionary<string, ToolFunction> registry) =>
        registry.TryGetValue(call.Function.Name, out var function)
            ? JsonSerializer.Serialize(function(JsonDocument.Parse(call.Function.Arguments).RootElement))
            : JsonSerializer.Serialize(new Dictionary<string, string> { ["error"] = $"Unknown function: {call.Function.Name}" });
}
