using System.Text.Json;
using ToolCalling;
using ToolCalling.Testing;

namespace Grader.Worker.Execution;

/// <summary>
/// Compiles the hot paths (Moq proxies, JSON serialization) before the first test, so that a test's time
/// limit measures the learner's code rather than the worker's start-up.
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
    }
}
