using System.Text.Json;
using System.Text.Json.Nodes;
using ToolCalling;
using ToolCalling.Testing;

namespace Grader.Worker.Execution;

/// <summary>
/// Compiles the hot paths (Moq proxies, JSON serialization, a mock model's request checks and schema
/// validation) while the worker waits for its first test, so that a test's time limit measures the learner's
/// code rather than the worker's start-up, and the first submission does not pay for it.
/// </summary>
internal static class Warmup
{
    public static void Run()
    {
        var call = MockToolCall.Create("call_warmup", "warm_up", """{"ready": true}""");
        using var arguments = JsonDocument.Parse(call.Function.Arguments);
        var tool = new RecordingTool(new { call.Id, call.Type });
        var result = JsonSerializer.Serialize(tool.Function(arguments.RootElement));
        ProducedValue.ToJson(new List<ToolMessage> { new(call.Id, result) });
        try
        {
            OneToolRound().GetAwaiter().GetResult();
        }
        catch (Exception exception)
        {
            // Only speed is lost; the grader shows the worker's stderr if the worker later fails.
            Console.Error.WriteLine($"Warm-up conversation failed: {exception.GetType().Name}: {exception.Message}");
        }
    }

    private static async Task OneToolRound()
    {
        var model = new RuleBasedChatModel();
        var request = new ChatCompletionRequest
        {
            Messages = [ChatMessage.User("What is the weather in Paris?")],
            Tools = [ToolDefinition.ForFunction("get_weather", "Current weather for a city.",
                JsonNode.Parse("""{"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}"""))],
        };
        var first = await model.CompleteAsync(request);
        var calls = first.Choices[0].Message.ToolCalls ?? [];
        request.Messages = [.. request.Messages, first.Choices[0].Message,
            .. calls.Select(toolCall => ChatMessage.Tool(toolCall.Id, """{"city": "Paris", "temperature": 18}"""))];
        ProducedValue.ToJson(await model.CompleteAsync(request));
    }
}
