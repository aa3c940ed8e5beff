using System.Text.Json.Nodes;
using Grader.Execution;

namespace Grader.Tests.Execution;

/// <summary>The worker's runtime settings, which lean on runtime details a runtime update could take away.</summary>
public class WorkerRuntimeSettingsTests
{
    [Fact]
    public void WorkerRuntimeConfig_AsksForInterpretedReflectionCalls()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Grader.Worker.runtimeconfig.json");
        var settings = JsonNode.Parse(File.ReadAllText(path))!["runtimeOptions"]!["configProperties"]!;

        ((bool?)settings["Switch.System.Reflection.ForceInterpretedInvoke"]).Should().BeTrue(
            "the worker should call reflection targets through the interpreter instead of emitting stubs for them");
    }

    [Fact]
    public void WorkerEnvironment_TurnsOffWriteXorExecute()
    {
        var command = new WorkerCommandFactory(new GradingLimits()).Create([], Path.GetTempPath());

        command.Environment.Should().Contain("DOTNET_EnableWriteXorExecute", "0",
            "workers compile and free code for every exercise, and double-mapping each piece of it costs them about a tenth of their time");
    }
}
