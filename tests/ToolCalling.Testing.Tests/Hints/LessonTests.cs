namespace ToolCalling.Testing.Tests.Hints;

public class LessonTests
{
    [Fact]
    public void RequireJson_PlainTextWhereAnErrorObjectWasDue_HintsAtSerializingTheErrorObjectToo()
    {
        var require = () => Lesson.RequireJson("Unknown function: fly_to_moon", System.Text.Json.Nodes.JsonNode.Parse(
            """{"error": "Unknown function: fly_to_moon"}"""), "The result for an unknown function");

        require.Should().Throw<Exception>().Which.Message.Should()
            .Contain("(plain text, not JSON)")
            .And.Contain("the error object", "an error is sent to the model as JSON too, not only a function's result");
    }
}
