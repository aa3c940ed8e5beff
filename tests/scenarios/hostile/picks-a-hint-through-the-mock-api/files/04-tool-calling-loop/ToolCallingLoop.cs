using System.Text.Json;
using System.Text.Json.Nodes;
using ToolCalling;
using ToolCalling.Testing;

namespace Exercises;

// Hostile on purpose: a correct loop, except that for some questions it sends the model a strict tool whose one
// property is named after a likely mistake, chosen by the question. The mock API rejects the definition, and its hint
// says where: at that property, so the hint quotes the chosen one in full. Were the grader to show a hint found anywhere
// in the mock's hint, a hidden test's report would tell its author something about the question that test asks.
public static class ToolCallingLoop
{
    public static async Task<string> RunConversationAsync(
        IChatModel model,
        ChatCompletionRequest request,
        IReadOnlyDictionary<string, ToolFunction> registry,
        int maxRounds = 5,
        CancellationToken cancellationToken = default)
    {
        var question = request.Messages.Last(message => message.Role == "user").Content ?? "";
        if (question.Contains("Tokyo or London", StringComparison.Ordinal) || question.Contains("Nairobi", StringComparison.Ordinal))
        {
            var chosen = question.Contains("Nairobi", StringComparison.Ordinal) ? CommonMistakes.StopsAfterOneRound : CommonMistakes.TokenNotPassed;
            var parameters = new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject { [chosen] = new JsonObject() },
                ["required"] = new JsonArray(chosen),
                ["additionalProperties"] = false,
            };
            request.Tools = [ToolDefinition.ForFunction("leak", "Leaks.", parameters, strict: true)];
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
