using ToolCalling.Testing.Tests.Support;

namespace ToolCalling.Testing.Tests.Api;

public class MessageOrderValidationTests
{
    private static ChatMessage WeatherCalls(params string[] ids) =>
        ChatMessage.AssistantToolCalls(ids.Select(id => new ToolCall(id, "get_weather", """{"city":"Tokyo"}""")));

    [Fact]
    public async Task CompleteAsync_ToolResultsWithoutTheAssistantMessage_FailsLikeTheApi()
    {
        var request = CourseTools.Ask("Weather in Tokyo?");
        request.Messages.Add(ChatMessage.Tool("call_1", """{"temperature":22}"""));

        var error = await Rejection.Of(request);

        error.Error.Should().Be(new ApiError(
            "Invalid parameter: messages with role 'tool' must be a response to a preceeding message with 'tool_calls'.",
            "invalid_request_error", "messages.[1].role", null));
        error.Message.Should().Contain("assistant message with the tool_calls was not appended")
            .And.Contain("request.AppendAssistantMessage(response)", "the instructions append it with that method");
    }

    [Fact]
    public async Task CompleteAsync_ParallelCallLeftUnanswered_NamesTheUnansweredIds()
    {
        var request = CourseTools.Ask("Weather in Tokyo, London and Paris?");
        request.Messages.Add(WeatherCalls("call_a", "call_b", "call_c"));
        request.Messages.Add(ChatMessage.Tool("call_a", "{}"));
        request.Messages.Add(ChatMessage.User("And?"));

        var error = await Rejection.Of(request);

        error.Error.Should().Be(new ApiError(
            "An assistant message with 'tool_calls' must be followed by tool messages responding to each 'tool_call_id'. " +
            "The following tool_call_ids did not have response messages: call_b, call_c",
            "invalid_request_error", "messages.[3].role", null));
    }

    [Fact]
    public async Task CompleteAsync_ConversationEndingBeforeTheToolResults_PointsAtTheMessages()
    {
        var request = CourseTools.Ask("Weather in Tokyo?");
        request.Messages.Add(WeatherCalls("call_abc"));

        var error = await Rejection.Of(request);

        error.Error.Message.Should().EndWith("The following tool_call_ids did not have response messages: call_abc");
        error.Error.Param.Should().Be("messages");
    }

    [Fact]
    public async Task CompleteAsync_ToolMessageWithoutToolCallId_FailsLikeTheApi()
    {
        var request = CourseTools.Ask("Weather in Tokyo?");
        request.Messages.Add(WeatherCalls("call_1"));
        request.Messages.Add(new ChatMessage { Role = "tool", Content = "{}" });

        var error = await Rejection.Of(request);

        error.Error.Should().Be(new ApiError(
            "Missing parameter 'tool_call_id': messages with role 'tool' must have a 'tool_call_id'.",
            "invalid_request_error", "messages.[2].tool_call_id", null));
    }

    [Fact]
    public async Task CompleteAsync_MismatchedToolCallId_FailsLikeTheApi()
    {
        var request = CourseTools.Ask("Weather in Tokyo?");
        request.Messages.Add(WeatherCalls("call_1"));
        request.Messages.Add(ChatMessage.Tool("call_123", "{}"));

        var error = await Rejection.Of(request);

        error.Error.Should().Be(new ApiError(
            "Invalid parameter: 'tool_call_id' of 'call_123' not found in 'tool_calls' of previous message.",
            "invalid_request_error", "messages.[2].tool_call_id", null));
        error.Message.Should().Contain(CommonMistakes.ToolCallIdMismatched);
    }

    [Fact]
    public async Task CompleteAsync_SecondRoundWithoutItsAssistantMessage_ReportsTheUnknownId()
    {
        var request = CourseTools.Ask("Average temperature of Tokyo and London?");
        request.Messages.Add(WeatherCalls("call_1"));
        request.Messages.Add(ChatMessage.Tool("call_1", "{}"));
        request.Messages.Add(ChatMessage.Tool("call_2", "{}"));

        var error = await Rejection.Of(request);

        error.Error.Message.Should().Be("Invalid parameter: 'tool_call_id' of 'call_2' not found in 'tool_calls' of previous message.");
        error.Error.Param.Should().Be("messages.[3].tool_call_id");
    }

    [Fact]
    public async Task CompleteAsync_SameCallAnsweredTwice_FailsLikeTheApi()
    {
        var request = CourseTools.Ask("Weather in Tokyo?");
        request.Messages.Add(WeatherCalls("call_1"));
        request.Messages.Add(ChatMessage.Tool("call_1", "{}"));
        request.Messages.Add(ChatMessage.Tool("call_1", "{}"));

        var error = await Rejection.Of(request);

        error.Error.Should().Be(new ApiError(
            "Invalid parameter: Duplicate value for 'tool_call_id' of 'call_1', in messages[2] and messages[3].",
            "invalid_request_error", "messages.[3].tool_call_id", null));
        error.Hint.Should().Contain("answered twice");
    }

    [Fact]
    public async Task CompleteAsync_OneIdForEveryParallelCall_HintsAtAHardCodedOrReusedId()
    {
        var request = CourseTools.Ask("Weather in Tokyo and London?");
        request.Messages.Add(WeatherCalls("call_1", "call_2"));
        request.Messages.Add(ChatMessage.Tool("call_1", "{}"));
        request.Messages.Add(ChatMessage.Tool("call_1", "{}"));

        var error = await Rejection.Of(request);

        error.Error.Message.Should().Be("Invalid parameter: Duplicate value for 'tool_call_id' of 'call_1', in messages[2] and messages[3].");
        error.Hint.Should().Be(CommonMistakes.ToolCallIdReused, "each call was answered once, under an id that was not its own");
    }

    [Fact]
    public async Task CompleteAsync_AssistantMessageWithEmptyToolCalls_FailsLikeTheApi()
    {
        var request = CourseTools.Ask("Hi");
        request.Messages.Add(new ChatMessage { Role = "assistant", Content = "Hello", ToolCalls = [] });

        var error = await Rejection.Of(request);

        error.Error.Should().Be(new ApiError(
            "Invalid 'messages[1].tool_calls': empty array. Expected an array with minimum length 1, but got an empty array instead.",
            "invalid_request_error", "messages[1].tool_calls", "empty_array"));
    }

    [Fact]
    public async Task CompleteAsync_ToolMessagesWithoutToolsParameter_AreAccepted()
    {
        var request = new ChatCompletionRequest { Messages = [ChatMessage.User("Weather in Tokyo?"), WeatherCalls("call_1"), ChatMessage.Tool("call_1", "{}")] };
        var model = new ScriptedChatModel().RespondWithText("22 degrees.");

        var response = await model.CompleteAsync(request);

        response.Choices[0].Message.Content.Should().Be("22 degrees.");
    }
}
