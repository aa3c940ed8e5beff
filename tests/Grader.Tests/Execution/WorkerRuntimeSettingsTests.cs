using System.Text.Json.Nodes;

namespace Grader.Tests.Execution;

/// <summary>The worker's runtime settings, which lean on runtime details a runtime update could take away.</summary>
public class WorkerRuntimeSettingsTests
{
    [Fact]
    public void WorkerRuntimeConfig_AsksForInterpretedReflectionCalls()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Grader.Worker.runtimeconfig.json");
        var settings = JsonNode.Parse(File.ReadAllText(path))!["runtimeOptions"]!["configProperties"]!;

        settings["Switch.System.Reflection.ForceInterpretedInvoke"]?.GetValue<bool>().Should().BeTrue(
            "the worker should call reflection targets through the interpreter instead of emitting stubs for them");
    }
}
