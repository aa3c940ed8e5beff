using System.Text.Json;
using System.Text.Json.Nodes;
using Grader.Worker.Execution;

namespace Grader.Tests.Execution;

/// <summary>
/// The worker's two ways around emitted reflection code. Both lean on runtime details, so these tests fail when a
/// runtime update takes them away, rather than letting the workers quietly slow down.
/// </summary>
public class WorkerRuntimeSettingsTests
{
    [Fact]
    public void ReflectionSerialization_OnThisRuntime_FindsTheSerializersAccessorAndStillSerializes()
    {
        ReflectionSerialization.Enable().Should().BeTrue("System.Text.Json should still pick its member accessor from one static field");

        var options = new JsonSerializerOptions();
        var json = JsonSerializer.Serialize(new Sample("call_1", 3) { Note = "kept" }, options);
        var back = JsonSerializer.Deserialize<Sample>(json, options);

        json.Should().Be("""{"Id":"call_1","Count":3,"Note":"kept"}""");
        back.Should().Be(new Sample("call_1", 3) { Note = "kept" });
    }

    [Fact]
    public void WorkerRuntimeConfig_AsksForInterpretedReflectionCalls()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Grader.Worker.runtimeconfig.json");
        var settings = JsonNode.Parse(File.ReadAllText(path))!["runtimeOptions"]!["configProperties"]!;

        settings["Switch.System.Reflection.ForceInterpretedInvoke"]?.GetValue<bool>().Should().BeTrue(
            "the worker should call reflection targets through the interpreter instead of emitting stubs for them");
    }

    private sealed record Sample(string Id, int Count)
    {
        public string? Note { get; init; }
    }
}
