using System.Text.Json;
using ToolCalling;
using ToolCalling.Testing;

namespace Exercises;

// Mistake: the rounds are counted from 0, so the guard lets one round more than maxRounds through.

public static class ToolCallingLoop
{
    public static async Task<string> RunConversationAsync(
        IChatModel model,
        ChatCompletionRequest request,
        IReadOnlyDictionary<string, ToolFunction> registry,
        int maxRounds = 5,
        CancellationToken cancellationToken = default)
    {
        for (var round = 0; ; round++)
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
            foreach (var toolCall in toolCalls)
            {
                request.AppendToolMessage(new ToolMessage(toolCall.Id, Run(toolCall, registry)));
            }
        }
    }

    private static string Run(IToolCall toolCall, IReadOnlyDictionary<string, ToolFunction> registry)
    {
        var name = toolCall.Function.Name;
        if (!registry.TryGetValue(name, out var function))
        {
            return JsonSerializer.Serialize(new { error = $"Unknown function: {name}" });
        }

        using var arguments = JsonDocument.Parse(toolCall.Function.Arguments);
        return JsonSerializer.Serialize(function(arguments.RootElement));
    }
}
