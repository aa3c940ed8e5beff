using Grader.Worker.Execution;
using ToolCalling.Testing;

namespace Grader.Tests.Execution;

[Collection(ProcessWideState.Name)]
public class HygieneTests
{
    // The mock API remembers its verdicts on tool definitions; kept from one group of tests to the next, how fast a
    // request is answered would tell a visible test which definitions hidden tests sent before it in the same worker.
    [Fact]
    public void Pause_ForgetsTheMockApisVerdictsOnToolDefinitions()
    {
        var definition = $"function {Guid.NewGuid():N}";
        ToolVerdicts.Shared.Forget();
        ToolVerdicts.Shared.Reach(0, definition, () => null);
        var judged = 0;
        ToolVerdicts.Shared.Reach(0, definition, () => { judged++; return null; });
        judged.Should().Be(0, "a verdict is remembered until the worker settles");

        Hygiene.Pause(new TempFolder(), ProcessActivity.Measure(), ThreadNames.Measure());

        ToolVerdicts.Shared.Reach(0, definition, () => { judged++; return null; });
        judged.Should().Be(1);
    }
}
