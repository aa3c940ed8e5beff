using System.Text.Json;
using ToolCalling;
using ToolCalling.Testing;

// Mistake: the arguments are parsed outside the per-call try, and a catch around the whole loop turns what escapes
// into an apology, so broken arguments end the conversation quietly.

namespace Exercises;

public static class ResilientToolRunner
{
    public static IReadOnlyList<ToolMessage> ProcessToolCallsSafely(IReadOnlyList<IToolCall> toolCalls, IReadOnlyDictionary<string, ToolFunction> registry) =>
        toolCalls.Select(toolCall => new ToolMessage(toolCall.Id, RunSafely(toolCall, registry))).ToList();

    public static async Task<string> RunConversationAsync(
        IChatModel model,
        ChatCompletionRequest request,
        IReadOnlyDictionary<string, ToolFunction> registry,
        int maxRounds = 5,
        CancellationToken cancellationToken = default)
    {
        try
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
        catch (Exception)
        {
            return "Sorry, something went wrong. Please try again.";
        }
    }

    private static string RunSafely(IToolCall toolCall, IReadOnlyDictionary<string, ToolFunction> registry)
    {
        var name = toolCall.Function.Name;
        if (!registry.TryGetValue(name, out var function))
        {
            return Error($"Unknown function: {name}");
        }

        var arguments = JsonDocument.Parse(toolCall.Function.Arguments);
        using (arguments)
        {
            try
            {
                return JsonSerializer.Serialize(function(arguments.RootElement));
            }
            catch (Exception exception)
            {
                // Whatever went wrong inside the tool, the model gets to read it and the conversation goes on.
                return Error(exception.Message);
            }
        }
    }

    private static string Error(string message) => JsonSerializer.Serialize(new { error = message });
}
