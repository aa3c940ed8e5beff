using System.Text.Json;
using ToolCalling;
using ToolCalling.Testing;

namespace Exercises;

// Alternative: the calls of one round run concurrently on the thread pool; Task.WhenAll keeps their order.
public static class ResilientToolRunner
{
    public static IReadOnlyList<ToolMessage> ProcessToolCallsSafely(IReadOnlyList<IToolCall> toolCalls, IReadOnlyDictionary<string, ToolFunction> registry) =>
        RunAllAsync(toolCalls, registry).GetAwaiter().GetResult();

    public static async Task<string> RunConversationAsync(
        IChatModel model,
        ChatCompletionRequest request,
        IReadOnlyDictionary<string, ToolFunction> registry,
        int maxRounds = 5,
        CancellationToken cancellationToken = default)
    {
        for (var answered = 0; ; answered++)
        {
            var response = await model.CompleteAsync(request, cancellationToken);
            if (response.Choices[0].Message.ToolCalls is not { Count: > 0 } calls)
            {
                return response.Choices[0].Message.Content ?? "";
            }

            if (answered == maxRounds)
            {
                throw new InvalidOperationException($"No final answer after {maxRounds} rounds of tool calls.");
            }

            request.AppendAssistantMessage(response);
            foreach (var message in await RunAllAsync(calls, registry))
            {
                request.AppendToolMessage(message);
            }
        }
    }

    private static async Task<ToolMessage[]> RunAllAsync(IReadOnlyList<IToolCall> calls, IReadOnlyDictionary<string, ToolFunction> registry) =>
        await Task.WhenAll(calls.Select(call => Task.Run(() => new ToolMessage(call.Id, RunOne(call, registry)))));

    private static string RunOne(IToolCall call, IReadOnlyDictionary<string, ToolFunction> registry)
    {
        if (!registry.TryGetValue(call.Function.Name, out var function))
        {
            return JsonSerializer.Serialize(new Dictionary<string, string> { ["error"] = $"Unknown function: {call.Function.Name}" });
        }

        JsonElement arguments;
        try
        {
            using var document = JsonDocument.Parse(call.Function.Arguments);
            arguments = document.RootElement.Clone();
        }
        catch (JsonException exception)
        {
            return JsonSerializer.Serialize(new Dictionary<string, string> { ["error"] = $"Invalid arguments for {call.Function.Name}: {exception.Message}" });
        }

        try
        {
            return JsonSerializer.Serialize(function(arguments));
        }
        catch (Exception exception)
        {
            return JsonSerializer.Serialize(new Dictionary<string, string> { ["error"] = exception.Message });
        }
    }
}
