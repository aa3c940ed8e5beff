using ToolCalling.Testing.Tests.Support;

namespace ToolCalling.Testing.Tests.Models;

public class TestChatModelTests
{
    [Fact]
    public async Task CompleteAsync_WithACallback_ReturnsItsAnswerAndRecordsTheRequest()
    {
        var model = new TestChatModel
        {
            CompleteAsyncCallback = (request, _) =>
                Task.FromResult(ChatCompletionResponse.FromToolCalls([new ToolCall("call_x", "calculate", """{"expression":"1 + 1"}""")])),
        };

        var response = await model.CompleteAsync(CourseTools.Ask("What is 1 + 1?"));

        response.Choices[0].Message.ToolCalls.Should().ContainSingle().Which.Id.Should().Be("call_x");
        model.Requests.Should().ContainSingle().Which.Messages[0].Content.Should().Be("What is 1 + 1?");
    }

    [Fact]
    public async Task CompleteAsync_WithoutACallback_SaysWhatToSet()
    {
        var model = new TestChatModel();

        await model.Invoking(m => m.CompleteAsync(CourseTools.Ask("Hi")))
            .Should().ThrowAsync<InvalidOperationException>().WithMessage("Set CompleteAsyncCallback*");
    }

    [Fact]
    public async Task CompleteAsync_InvalidRequest_NeverReachesTheCallback()
    {
        var reached = false;
        var model = new TestChatModel
        {
            CompleteAsyncCallback = (_, _) =>
            {
                reached = true;
                return Task.FromResult(ChatCompletionResponse.FromText("unused"));
            },
        };
        var request = CourseTools.Ask("Hi");
        request.Messages.Add(ChatMessage.Tool("call_1", "{}"));

        await model.Invoking(m => m.CompleteAsync(request)).Should().ThrowAsync<ChatApiException>();

        reached.Should().BeFalse();
    }
}
