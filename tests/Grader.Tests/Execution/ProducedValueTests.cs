using System.Text.Json;
using System.Text.Json.Nodes;
using Grader.Worker.Execution;
using Grader.Worker.Protocol;

namespace Grader.Tests.Execution;

/// <summary>
/// What an act returns travels to the grader inside an event. A value the worker accepts must fit in one; a value that
/// does not is refused with a message, instead of failing to be sent and taking the worker down as a crash.
/// </summary>
public class ProducedValueTests
{
    [Fact]
    public void ToJson_ValueAtTheDepthLimit_ArrivesInAnEventTheGraderReads()
    {
        var value = ProducedValue.ToJson(Nested(ProducedValue.MaxDepth));

        var body = JsonSerializer.SerializeToUtf8Bytes(new WorkerEvent(WorkerEvent.Completed, "Suites.Deep", Value: value), ProtocolJson.Default.WorkerEvent);
        var received = JsonSerializer.Deserialize(body, ProtocolJson.Default.WorkerEvent);

        received!.Value!.ToJsonString().Should().Be(value!.ToJsonString());
    }

    [Fact]
    public void ToJson_ValueTooDeepForAnEvent_IsRefusedWithAMessage()
    {
        var producing = () => ProducedValue.ToJson(Nested(ProducedValue.MaxDepth + 1));

        producing.Should().Throw<InvalidOperationException>().WithMessage($"*nested more than the {ProducedValue.MaxDepth} levels*");
    }

    [Fact]
    public void ToJson_ObjectsNestedTooDeep_AreRefusedWithAMessage()
    {
        JsonNode node = new JsonObject();
        for (var level = 1; level < ProducedValue.MaxDepth + 1; level++)
        {
            node = new JsonObject { ["inner"] = node };
        }

        var producing = () => ProducedValue.ToJson(node);

        producing.Should().Throw<InvalidOperationException>().WithMessage("*levels of objects and arrays*");
    }

    [Fact]
    public void ToJson_AnonymousObjectWithAValueOfLearnerCode_IsWrittenWithEveryProperty()
    {
        var value = ProducedValue.ToJson(new { calls = 2, result = new Reading("Paris", 21.5), names = new[] { "get_weather" } });

        value!.ToJsonString().Should().Be("""{"calls":2,"result":{"City":"Paris","Celsius":21.5},"names":["get_weather"]}""");
    }

    [Fact]
    public void ToJson_GetterThatThrows_ThrowsItsOwnExceptionUnwrapped()
    {
        var producing = () => ProducedValue.ToJson(new { reading = new Unreadable() });

        producing.Should().Throw<FormatException>().WithMessage("the getter's own words");
    }

    [Fact]
    public void ToJson_Null_IsNull()
    {
        ProducedValue.ToJson(null).Should().BeNull("an act that got null from learner code passes it on for the check to judge");
    }

    [Fact]
    public void ToJson_KeyWrittenTwice_IsKeptAsWritten()
    {
        var value = ProducedValue.ToJson(JsonNode.Parse("""{"description": "first", "description": "second"}"""));

        value!.ToJsonString().Should().Be("""{"description":"first","description":"second"}""");
    }

    // Arrays inside arrays, as many as depth, the outermost one included.
    private static JsonNode Nested(int depth)
    {
        JsonNode node = new JsonArray();
        for (var level = 1; level < depth; level++)
        {
            node = new JsonArray(node);
        }

        return node;
    }
}

public sealed record Reading(string City, double Celsius);

public sealed class Unreadable
{
    public string Value => throw new FormatException("the getter's own words");
}
