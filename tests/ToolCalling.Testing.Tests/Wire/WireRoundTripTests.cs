using System.Text.Json.Nodes;
using ToolCalling.Testing.Tests.Support;

namespace ToolCalling.Testing.Tests.Wire;

public class WireRoundTripTests
{
    [Theory]
    [InlineData("response-text.json")]
    [InlineData("response-tool-calls.json")]
    public void Response_PublishedExample_IsWrittenBackUnchanged(string fixture)
    {
        var original = Fixture.Node(fixture);

        var written = JsonNode.Parse(ChatCompletionResponse.Parse(Fixture.Text(fixture)).ToJson());

        JsonEquivalence.FindDifference(original, written).Should().BeNull();
        KeyOrder.Of(written).Should().Equal(KeyOrder.Of(original));
    }

    [Theory]
    [InlineData("request-tools.json")]
    [InlineData("request-tool-results.json")]
    public void Request_PublishedShape_IsWrittenBackUnchanged(string fixture)
    {
        var original = Fixture.Node(fixture);

        var written = JsonNode.Parse(ChatCompletionRequest.Parse(Fixture.Text(fixture)).ToJson());

        JsonEquivalence.FindDifference(original, written).Should().BeNull();
        KeyOrder.Of(written).Should().Equal(KeyOrder.Of(original));
    }

    [Fact]
    public void Response_ToolCallExample_ExposesTheCallThroughTheContract()
    {
        var response = ChatCompletionResponse.Parse(Fixture.Text("response-tool-calls.json"));

        IToolCall call = response.Choices[0].Message.ToolCalls![0];

        response.Choices[0].FinishReason.Should().Be("tool_calls");
        response.Choices[0].Message.Content.Should().BeNull();
        call.Id.Should().Be("call_abc123");
        call.Type.Should().Be("function");
        call.Function.Name.Should().Be("get_current_weather");
        call.Function.Arguments.Should().Be("{\n\"location\": \"Boston, MA\"\n}");
    }

    [Fact]
    public void Request_ToolChoiceForcingAFunction_ReadsTheFunctionName()
    {
        var request = ChatCompletionRequest.Parse(Fixture.Text("request-tool-results.json"));

        request.ToolChoice.Should().Be(ToolChoice.Function("get_weather"));
        request.ParallelToolCalls.Should().BeFalse();
        request.Tools![0].Function.Strict.Should().BeTrue();
    }

    [Theory]
    [InlineData("none")]
    [InlineData("auto")]
    [InlineData("required")]
    public void ToolChoice_StringForm_IsWrittenAsAString(string mode)
    {
        var request = new ChatCompletionRequest { Tools = [], ToolChoice = ToolChoice.FromMode(mode) };

        JsonNode.Parse(request.ToJson())!["tool_choice"]!.GetValue<string>().Should().Be(mode);
    }

    [Fact]
    public void AppendAssistantMessage_ThenToolMessage_WritesTheMessagesTheApiExpects()
    {
        var response = ChatCompletionResponse.Parse(Fixture.Text("response-tool-calls.json"));
        var request = new ChatCompletionRequest { Messages = [ChatMessage.User("Weather in Boston?")] };

        request.AppendAssistantMessage(response).AppendToolMessage(new ToolMessage("call_abc123", "{\"temperature\":10}"));

        var messages = JsonNode.Parse(request.ToJson())!["messages"]!.AsArray();
        Compact.Of(messages[1]).Should().Be(
            """{"role":"assistant","content":null,"tool_calls":[{"id":"call_abc123","type":"function","function":{"name":"get_current_weather","arguments":"{\n\"location\": \"Boston, MA\"\n}"}}]}""");
        Compact.Of(messages[2]).Should().Be("""{"role":"tool","tool_call_id":"call_abc123","content":"{\"temperature\":10}"}""");
    }

    [Fact]
    public void FromToolMessage_WritesTheSameJsonAsTheContractType()
    {
        var toolMessage = new ToolMessage("call_7", "{\"ok\":true}");

        var wire = ChatMessage.FromToolMessage(toolMessage);

        JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(wire))!.ToJsonString()
            .Should().Be(JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(toolMessage))!.ToJsonString());
    }
}
