using System.Text.Json;
using System.Text.Json.Nodes;
using ToolCalling;
using ToolCalling.Testing;

namespace Exercises;

// Alternative: each call is first classified (unknown, unreadable, ready) and only then run; the loop is a while loop.
public static class ResilientToolRunner
{
    public static IReadOnlyList<ToolMessage> ProcessToolCallsSafely(IReadOnlyList<IToolCall> toolCalls, IReadOnlyDictionary<string, ToolFunction> registry)
    {
        var messages = new List<ToolMessage>(toolCalls.Count);
        foreach (var call in toolCalls)
        {
            messages.Add(new ToolMessage(call.Id, Answer(call, registry)));
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
        var rounds = 0;
        while (true)
        {
            var response = await model.CompleteAsync(request, cancellationToken);
            var calls = response.Choices[0].Message.ToolCalls;
            if (calls is null || calls.Count == 0)
            {
                return response.Choices[0].Message.Content ?? string.Empty;
            }

            if (++rounds > maxRounds)
            {
                throw new InvalidOperationException($"Stopped after {maxRounds} rounds: the model kept asking for tools.");
            }

            request.AppendAssistantMessage(response);
            ProcessToolCallsSafely(calls, registry).ToList().ForEach(message => request.AppendToolMessage(message));
        }
    }

    private static string Answer(IToolCall call, IReadOnlyDictionary<string, ToolFunction> registry)
    {
        var name = call.Function.Name;
        if (!registry.TryGetValue(name, out var function))
        {
            return Error("Unknown function: " + name);
        }

        if (!TryReadArguments(call.Function.Arguments, out var arguments, out var problem))
        {
            return Error($"Invalid arguments for {name}: {problem}");
        }

        try
        {
            var result = function(arguments);
            return JsonSerializer.Serialize(result);
        }
        catch (Exception failure)
        {
            return Error(failure.Message);
        }
    }

    private static bool TryReadArguments(string text, out JsonElement arguments, out string problem)
    {
        try
        {
            arguments = JsonSerializer.Deserialize<JsonElement>(text);
            problem = "";
            return true;
        }
        catch (JsonException exception)
        {
            arguments = default;
            problem = exception.Message;
            return false;
        }
    }

    private static string Error(string text) => new JsonObject { ["error"] = text }.ToJsonString();
}
