using System.Text.Json.Nodes;
using Grader.Worker.Execution;
using ToolCalling.Testing;

namespace Grader.Tests.Execution;

[Collection(ProcessWideState.Name)]
public class HygieneTests
{
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

        Hygiene.Pause(new TempFolder(), ProcessActivity.Measure(), ThreadNames.Measure());

        ToolVerdicts.Shared.Reach(0, definition, () => { judged++; return null; });
        judged.Should().Be(1);
        SchemaValidator.RemembersLoading(schema).Should().BeFalse();
    }
}
