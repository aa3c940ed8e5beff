using System.Text.Json.Nodes;

namespace Grader.Tests.Cli;

/// <summary>The runtime settings the grader's own process starts with, as its build writes them.</summary>
public class GraderRuntimeSettingsTests
{
    private static JsonNode Settings() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "grader.runtimeconfig.json")))!["runtimeOptions"]!["configProperties"]!;

    [Fact]
    public void GraderRuntimeConfig_KeepsIdleThreadPoolThreadsFromSpinning()
    {
        ((int?)Settings()["System.Threading.ThreadPool.UnfairSemaphoreSpinLimit"]).Should().Be(0,
            "spinning pool threads take processor time from the workers and the compiler on a small machine");
    }

    [Fact]
    public void GraderRuntimeConfig_RecompilesOnlyTheHottestCompilerMethods()
    {
        ((int?)Settings()["System.Runtime.TieredCompilation.CallCountThreshold"]).Should().Be(30000,
            "re-compiling thousands of the compiler's precompiled methods at the default threshold costs more than it saves");
    }
}
