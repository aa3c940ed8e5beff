using System.Text.Json.Nodes;
using Grader.Worker.Execution;
using ToolCalling.Testing;

namespace Grader.Tests.Execution;

[Collection(ProcessWideState.Name)]
public sealed class HygieneTests : IDisposable
{
    // A folder of the test's own stands for the worker's temporary folder, whose new entries a settling worker removes.
    private readonly ScratchSpace _scratch = new();

    public void Dispose() => _scratch.Dispose();

    // Mock models remember their verdicts on tool definitions and the schemas they loaded; kept from one group of tests
    // to the next, how fast a request is answered would tell a visible test what hidden tests sent before it in the
    // same worker.
    [Fact]
    public void Pause_MakesMockModelsForgetWhatTheyRemembered()
    {
        var definition = $"function {Guid.NewGuid():N}";
        var schema = JsonNode.Parse($$"""{"type": "object", "description": "{{definition}}"}""")!;
        ToolVerdicts.Shared.Reach(0, definition, () => null);
        SchemaValidator.For(schema);
        var judged = 0;
        ToolVerdicts.Shared.Reach(0, definition, () => { judged++; return null; });
        judged.Should().Be(0, "a verdict is remembered until the worker settles");
        SchemaValidator.RemembersLoading(schema).Should().BeTrue("a schema is remembered until the worker settles");

        Hygiene.Pause(new TempFolder(_scratch.NewFolder("settling-")), ProcessActivity.Measure(), ThreadNames.Measure());

        ToolVerdicts.Shared.Reach(0, definition, () => { judged++; return null; });
        judged.Should().Be(1);
        SchemaValidator.RemembersLoading(schema).Should().BeFalse();
    }

    // A mock model's request still under way (one that waits out a fault's delay, say) can reach its verdicts while the
    // worker settles. Work that has ended by the time the worker is measured is not left behind, and the worker is reused:
    // what that work made mock models remember must be forgotten all the same.
    [Fact]
    public void Pause_MockWorkThatEndsWhileTheWorkerSettles_IsForgottenToo()
    {
        var definition = $"function {Guid.NewGuid():N}";
        var folder = _scratch.NewFolder("settling-");
        var temp = new TempFolder(folder);
        // Removed as the worker settles: the work ends once the worker has begun to settle.
        var leftover = Path.Combine(folder, "leftover");
        File.WriteAllText(leftover, "");
        var late = new Thread(() =>
        {
            SpinWait.SpinUntil(() => !File.Exists(leftover), TimeSpan.FromSeconds(10));
            ToolVerdicts.Shared.Reach(0, definition, () => null);
        });
        late.Start();

        Hygiene.Pause(temp, ProcessActivity.Measure(), ThreadNames.Measure());
        late.Join();

        var judged = 0;
        ToolVerdicts.Shared.Reach(0, definition, () => { judged++; return null; });
        judged.Should().Be(1, "a worker that has settled remembers nothing of what was sent before");
    }
}
