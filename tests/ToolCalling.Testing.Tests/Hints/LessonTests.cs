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

    [Fact]
    public void RequireJson_JsonTextSerializedAgain_NamesTheDoubleSerializationOverTheCallersHint()
    {
        var require = () => Lesson.RequireJson("\"{\\\"name\\\": \\\"Grace\\\"}\"", System.Text.Json.Nodes.JsonNode.Parse(
            """{"name": "Grace"}"""), "The content for lookup_user", CommonMistakes.ToolCallIdMismatched);

        require.Should().Throw<Exception>().Which.Message.Should()
            .Contain(CommonMistakes.ResultSerializedTwice)
            .And.NotContain(CommonMistakes.ToolCallIdMismatched, "one hint is shown, the one the result itself gives away");
    }
}
