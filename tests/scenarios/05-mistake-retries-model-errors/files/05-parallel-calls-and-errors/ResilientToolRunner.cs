using System.Text.Json;
using ToolCalling;
using ToolCalling.Testing;

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
        for (var round = 1; ; round++)
        {
            ChatCompletionResponse response;
            try
            {
                response = await model.CompleteAsync(request, cancellationToken);
            }
            catch (ChatApiException exception) when (exception.StatusCode is 429 or 503)
            {
                // Busy or rate limited: one more try before giving up.
                response = await model.CompleteAsync(request, cancellationToken);
            }
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

    private static string RunSafely(IToolCall toolCall, IReadOnlyDictionary<string, ToolFunction> registry)
    {
        var name = toolCall.Function.Name;
        if (!registry.TryGetValue(name, out var function))
        {
            return Error($"Unknown function: {name}");
        }

        JsonDocument arguments;
        try
        {
            arguments = JsonDocument.Parse(toolCall.Function.Arguments);
        }
        catch (JsonException exception)
        {
            return Error($"Invalid arguments for {name}: {exception.Message}");
        }

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
