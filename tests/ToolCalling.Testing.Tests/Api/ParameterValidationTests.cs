using System.Text.Json.Nodes;
using ToolCalling.Testing.Tests.Support;

namespace ToolCalling.Testing.Tests.Api;

public class ParameterValidationTests
{
    [Fact]
    public async Task CompleteAsync_ToolChoiceWithoutTools_FailsLikeTheApi()
    {
        var request = new ChatCompletionRequest { Messages = [ChatMessage.User("Hi")], ToolChoice = ToolChoice.Auto, ParallelToolCalls = true };

        var error = await Rejection.Of(request);

        error.Error.Should().Be(new ApiError(
            "Invalid value for 'tool_choice': 'tool_choice' is only allowed when 'tools' are specified.",
            "invalid_request_error", "tool_choice", null));
    }

    [Fact]
    public async Task CompleteAsync_ParallelToolCallsWithoutTools_FailsLikeTheApi()
    {
        var request = new ChatCompletionRequest { Messages = [ChatMessage.User("Hi")], ParallelToolCalls = false };

        var error = await Rejection.Of(request);

        error.Error.Should().Be(new ApiError(
            "Invalid value for 'parallel_tool_calls': 'parallel_tool_calls' is only allowed when 'tools' are specified.",
            "invalid_request_error", "parallel_tool_calls", null));
    }

    [Fact]
    public async Task CompleteAsync_EmptyToolsArray_FailsLikeTheApi()
    {
        var error = await Rejection.Of(CourseTools.Ask("Hi", tools: []));

        error.Error.Should().Be(new ApiError(
            "Invalid 'tools': empty array. Expected an array with minimum length 1, but got an empty array instead.",
            "invalid_request_error", "tools", "empty_array"));
    }

    [Fact]
    public async Task CompleteAsync_NoMessagesAtAll_FailsLikeTheApi()
    {
        var error = await Rejection.Of(new ChatCompletionRequest());

        error.Error.Should().Be(new ApiError(
            "Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead.",
            "invalid_request_error", "messages", "empty_array"));
    }

    [Theory]
    [InlineData("get weather")]
    [InlineData("weather.get")]
    public async Task CompleteAsync_FunctionNameOutsideThePattern_FailsLikeTheApi(string name)
    {
        var tool = CourseTools.GetWeather;
        tool.Function.Name = name;

        var error = await Rejection.Of(CourseTools.Ask("Hi", tools: [CourseTools.Calculate, tool]));

        error.Error.Should().Be(new ApiError(
            "Invalid 'tools[1].function.name': string does not match pattern. Expected a string that matches the pattern '^[a-zA-Z0-9_-]+$'.",
            "invalid_request_error", "tools[1].function.name", "invalid_value"));
    }

    [Fact]
    public async Task CompleteAsync_EmptyFunctionName_FailsLikeTheApi()
    {
        var tool = CourseTools.GetWeather;
        tool.Function.Name = "";

        var error = await Rejection.Of(CourseTools.Ask("Hi", tools: [CourseTools.Calculate, tool]));

        error.Error.Should().Be(new ApiError(
            "Invalid 'tools[1].function.name': empty string. Expected a string with minimum length 1, but got an empty string instead.",
            "invalid_request_error", "tools[1].function.name", "empty_string"));
    }

    [Fact]
    public async Task CompleteAsync_StrictSchemaWithAnOptionalProperty_FailsLikeTheApi()
    {
        var tool = ToolDefinition.ForFunction("get_weather", "Current weather for a city.", JsonNode.Parse(
            """{"type": "object", "properties": {"city": {"type": "string"}, "unit": {"type": "string"}}, "required": ["city"], "additionalProperties": false}"""),
            strict: true);

        var error = await Rejection.Of(CourseTools.Ask("Hi", tools: [tool]));

        error.Error.Should().Be(new ApiError(
            "Invalid schema for function 'get_weather': In context=(), 'required' is required to be supplied and to be an array including every key in properties. Missing 'unit'.",
            "invalid_request_error", "tools[0].function.parameters", "invalid_function_parameters"));
    }

    [Fact]
    public async Task CompleteAsync_FunctionNameLongerThan64Characters_FailsLikeTheApi()
    {
        var tool = CourseTools.GetWeather;
        tool.Function.Name = new string('a', 65);

        var error = await Rejection.Of(CourseTools.Ask("Hi", tools: [tool]));

        error.Error.Should().Be(new ApiError(
            "Invalid 'tools[0].function.name': string too long. Expected a string with maximum length 64, but got a string with length 65 instead.",
            "invalid_request_error", "tools[0].function.name", "string_above_max_length"));
    }

    [Fact]
    public async Task CompleteAsync_RejectedRequest_CarriesTheApiBody()
    {
        var request = CourseTools.Ask("Weather in Tokyo?");
        request.Messages.Add(ChatMessage.Tool("call_1", "{}"));

        var error = await Rejection.Of(request);

        Compact.Of(error.ResponseBody).Should().Be(
            """{"error":{"message":"Invalid parameter: messages with role 'tool' must be a response to a preceeding message with 'tool_calls'.","type":"invalid_request_error","param":"messages.[1].role","code":null}}""");
    }

    [Fact]
    public void ApiError_PublishedBody_IsWrittenBackUnchanged()
    {
        var original = Fixture.Node("error-missing-tool-responses.json");

        var written = JsonNode.Parse(ApiError.FromBody(Fixture.Text("error-missing-tool-responses.json")).ToBody());

        JsonEquivalence.FindDifference(original, written).Should().BeNull();
        KeyOrder.Of(written).Should().Equal(KeyOrder.Of(original));
    }
}
