using System.Text.Json;
using System.Text.Json.Nodes;
using ToolCalling;
using ToolCalling.Testing;

namespace Exercises;

// Alternative: a while loop with an explicit round counter, the tool messages built with LINQ, results written through JsonNode.
public static class ToolCallingLoop
{
    public static async Task<string> RunConversationAsync(
        IChatModel model,
        ChatCompletionRequest request,
        IReadOnlyDictionary<string, ToolFunction> registry,
        int maxRounds = 5,
        CancellationToken cancellationToken = default)
    {
        var roundsAnswered = 0;
        var response = await model.CompleteAsync(request, cancellationToken);
        while (response.Choices[0].Message.ToolCalls is { Count: > 0 } calls)
        {
            if (roundsAnswered == maxRounds)
            {
                throw new InvalidOperationException($"Giving up: the model kept calling tools after {maxRounds} rounds.");
            }

            request.AppendAssistantMessage(response);
            var answers = calls.Select(call => new ToolMessage(call.Id, Execute(call, registry))).ToList();
            answers.ForEach(answer => request.AppendToolMessage(answer));
            roundsAnswered++;
            response = await model.CompleteAsync(request, cancellationToken);
        }

        return response.Choices[0].Message.Content ?? string.Empty;
    }

    private static string Execute(IToolCall call, IReadOnlyDictionary<string, ToolFunction> registry)
    {
        if (!registry.ContainsKey(call.Function.Name))
        {
            return new JsonObject { ["error"] = "Unknown function: " + call.Function.Name }.ToJsonString();
        }

        var arguments = JsonSerializer.Deserialize<JsonElement>(call.Function.Arguments);
        var result = registry[call.Function.Name].Invoke(arguments);
        return JsonSerializer.SerializeToNode(result)?.ToJsonString() ?? "null";
    }
}
