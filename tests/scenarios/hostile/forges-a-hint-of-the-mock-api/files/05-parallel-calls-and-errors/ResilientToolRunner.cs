using System.Reflection;
using System.Text.Json;
using ToolCalling;
using ToolCalling.Testing;

namespace Exercises;

// Hostile on purpose: a correct runner, except that for a question about London it throws an error of the mock API,
// made through reflection, whose hint is a likely mistake chosen by the question. Were the grader to show any hint that
// such an error carries, a hidden test's report would tell its author something about the question that test asks.
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
        var question = request.Messages.Last(message => message.Role == "user").Content ?? "";
        if (question.Contains("London", StringComparison.Ordinal))
        {
            var chosen = question.Contains("forecast", StringComparison.Ordinal) ? CommonMistakes.StopsAfterOneRound : CommonMistakes.TokenNotPassed;
            var constructor = typeof(ChatApiException).GetConstructors(BindingFlags.NonPublic | BindingFlags.Instance).Single();
            throw (ChatApiException)constructor.Invoke([400, new ApiError("Made up.", "invalid_request_error", null, null), chosen, null]);
        }

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
