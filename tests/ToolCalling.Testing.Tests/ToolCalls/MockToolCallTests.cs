namespace ToolCalling.Testing.Tests.ToolCalls;

public class MockToolCallTests
{
    [Fact]
    public void Create_GivesTheIdNameAndArguments()
    {
        var toolCall = MockToolCall.Create("call_1", "get_weather", """{"city": "Paris"}""");

        toolCall.Id.Should().Be("call_1");
        toolCall.Type.Should().Be("function");
        toolCall.Function.Name.Should().Be("get_weather");
        toolCall.Function.Arguments.Should().Be("""{"city": "Paris"}""");
    }

    // Moq names each mock after how many of its type the process has made, and a tool call's text is its mock's name: code
    // that was given tool calls could read how many tool calls code before it had made, a number that code could choose.
    [Fact]
    public void Create_ToolCallsMadeOneAfterAnother_ReadTheSameAsText()
    {
        var first = MockToolCall.Create("call_1", "get_weather");
        var second = MockToolCall.Create("call_1", "get_weather");

        second.ToString().Should().Be(first.ToString());
        second.Function.ToString().Should().Be(first.Function.ToString());
    }
}
