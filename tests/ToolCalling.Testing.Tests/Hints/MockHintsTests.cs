using System.Reflection;
using ToolCalling.Testing.Tests.Support;

namespace ToolCalling.Testing.Tests.Hints;

public class MockHintsTests
{
    [Fact]
    public async Task Of_ErrorOfTheMockApi_IsItsHint()
    {
        var error = await Rejection.Of(new ChatCompletionRequest { Model = "gpt-4o", Messages = [] });

        MockHints.Of(error).Should().Be(CommonMistakes.NoMessages);
    }

    [Fact]
    public void Of_ExceptionOfTheCodesOwnEndingWithAHint_IsNull() =>
        MockHints.Of(new InvalidOperationException($"HTTP 400\n{CommonMistakes.NoMessages}")).Should().BeNull();

    [Fact]
    public async Task Name_HintOfAnErrorOfTheMockApi_IsNamed()
    {
        var error = await Rejection.Of(new ChatCompletionRequest { Model = "gpt-4o", Messages = [] });
        using var recording = NamedHints.Record();

        MockHints.Name(MockHints.Of(error)).Should().Be(CommonMistakes.NoMessages);

        recording.Named.Should().Equal(CommonMistakes.NoMessages);
    }

    [Fact]
    public async Task Name_HintThatGoesOnAfterTheMistake_IsNamedWhole()
    {
        var request = CourseTools.Ask("Weather in Tokyo?");
        request.Messages.Add(ChatMessage.AssistantToolCalls([new ToolCall("call_1", "get_weather", """{"city":"Tokyo"}""")]));
        request.Messages.Add(ChatMessage.Tool("call_123", "{}"));
        var hint = MockHints.Of(await Rejection.Of(request));
        using var recording = NamedHints.Record();

        MockHints.Name(hint).Should().StartWith(CommonMistakes.ToolCallIdMismatched);

        recording.Named.Should().Equal(hint);
    }

    [Fact]
    public void Name_HintOfAnErrorMadeThroughReflection_IsNotNamed()
    {
        // Code under test can reach the internal constructor, and give the error the hint of any mistake it likes.
        var constructor = typeof(ChatApiException).GetConstructors(BindingFlags.NonPublic | BindingFlags.Instance).Single();
        var forged = (ChatApiException)constructor.Invoke([400, new ApiError("Made up.", "invalid_request_error", null, null),
            CommonMistakes.StopsAfterOneRound, null]);
        using var recording = NamedHints.Record();

        MockHints.Name(MockHints.Of(forged)).Should().BeNull();

        recording.Named.Should().BeEmpty();
    }

    [Fact]
    public void Name_NoHint_IsNull() =>
        MockHints.Name(null).Should().BeNull();
}
