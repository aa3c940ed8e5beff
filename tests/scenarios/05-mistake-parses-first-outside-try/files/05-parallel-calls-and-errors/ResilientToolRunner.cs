using System.Text.Json;
using ToolCalling;
using ToolCalling.Testing;

namespace Exercises;

public static class ResilientToolRunner
{
    public static IReadOnlyList<ToolMessage> ProcessToolCallsSafely(IReadOnlyList<IToolCall> toolCalls, IReadOnlyDictionary<string, ToolFunction> registry)
    {
        var messages = new List<ToolMessage>();
        foreach (var toolCall in toolCalls)
        {
            // Mistake: the tutorial's first step, parsing the arguments, happens before the lookup and outside the try.
            var arguments = JsonDocument.Parse(toolCall.Function.Arguments).RootElement;
            string content;
            try
            {
                content = registry.TryGetValue(toolCall.Function.Name, out var function)
                    ? JsonSerializer.Serialize(function(arguments))
                    : JsonSerializer.Serialize(new { error = $"Unknown function: {toolCall.Function.Name}" });
            }
            catch (Exception exception)
            {
                content = JsonSerializer.Serialize(new { error = exception.Message });
            }

            messages.Add(new ToolMessage(toolCall.Id, content));
        }

        return messages;
    }

    public static async Task<string> RunConversationAsync(
        IChatModel model,
        ChatCompletionRequest request,
        IReadOnlyDictionary<string, ToolFunction> registry,
        int maxRounds = 5,
        CancellationToken cancellationToken = default)
    {
        for (var round = 1; ; round++)
        {
            var response = await model.CompleteAsync(request, cancellationToken);
            var message = response.Choices[0].Message;
            if (message.ToolCalls is not { Count: > 0 } toolCalls)
            {
                return message.Content ?? "";
            }

            if (round > maxRounds)
            {
                throw new InvalidOperationException($"The model still asked for tool calls after {maxRounds} rounds.");
            }

            request.AppendAssistantMessage(response);
            foreach (var toolMessage in ProcessToolCallsSafely(toolCalls, registry))
            {
                request.AppendToolMessage(toolMessage);
            }
        }
    }
}
