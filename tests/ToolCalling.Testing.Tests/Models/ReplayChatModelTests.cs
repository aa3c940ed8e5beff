using ToolCalling.Testing.Tests.Support;

namespace ToolCalling.Testing.Tests.Models;

public class ReplayChatModelTests
{
    private static ReplayChatModel Recording() => ReplayChatModel.FromJson(Fixture.Text("replay-weather.json"));

    private static ChatCompletionRequest FirstRequest() => CourseTools.Ask("Compare the weather in Tokyo and London.");

    private static ChatCompletionRequest SecondRequest(ChatCompletionResponse first, string tokyoResult = "{\"temperature\":22}") =>
        FirstRequest()
            .AppendAssistantMessage(first)
            .AppendToolMessage(new ToolMessage("call_1", tokyoResult))
            .AppendToolMessage(new ToolMessage("call_2", "{\"temperature\":15}"));

    [Fact]
    public async Task CompleteAsync_RecordedConversation_PlaysBackEachResponse()
    {
        var model = Recording();

        var first = await model.CompleteAsync(FirstRequest());
        var second = await model.CompleteAsync(SecondRequest(first));

        first.Choices[0].Message.ToolCalls!.Select(call => call.Id).Should().Equal("call_1", "call_2");
        second.Choices[0].Message.Content.Should().Be("Tokyo is 22°C and London is 15°C, so Tokyo is warmer.");
    }

    // Two calls at once that both send the first request: only one of them may be answered with the first exchange; the
    // other is compared with the second. The calls race on purpose, many times over, since one race proves little.
    [Fact]
    public async Task CompleteAsync_TwoCallsAtOnce_NeverPlayTheSameExchangeTwice()
    {
        for (var round = 0; round < 200; round++)
        {
            var model = Recording();
            using var start = new Barrier(2);
            var calls = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
            {
                start.SignalAndWait();
                try
                {
                    await model.CompleteAsync(FirstRequest());
                    return true;
                }
                catch (InvalidOperationException)
                {
                    return false;
                }
            })).ToList();

            var answered = await Task.WhenAll(calls);

            answered.Count(played => played).Should().Be(1, "in round {0}, the first exchange is played once, and the other call differs from the second", round);
        }
    }

    [Fact]
    public async Task CompleteAsync_RequestDivergesFromTheRecording_NamesTheFirstDifference()
    {
        var model = Recording();
        var first = await model.CompleteAsync(FirstRequest());

        var failure = await model.Invoking(m => m.CompleteAsync(SecondRequest(first, tokyoResult: "22")))
            .Should().ThrowAsync<InvalidOperationException>();

        failure.Which.Message.Should().StartWith(
            "Call 2 sent a different request than exchange 2 of 2 of the recording expects: " +
            "at $.messages[2].content: expected \"{\\\"temperature\\\":22}\" but found \"22\".");
    }

    [Fact]
    public async Task CompleteAsync_MessageMissingFromTheConversation_IsADifference()
    {
        var model = Recording();
        var request = CourseTools.Ask("Compare the weather in London and Tokyo.");

        var failure = await model.Invoking(m => m.CompleteAsync(request)).Should().ThrowAsync<InvalidOperationException>();

        failure.Which.Message.Should().Contain("at $.messages[0].content: expected \"Compare the weather in Tokyo and London.\"");
    }

    [Fact]
    public async Task CompleteAsync_AfterTheLastExchange_SaysTheRecordingIsOver()
    {
        var model = Recording();
        var first = await model.CompleteAsync(FirstRequest());
        var request = SecondRequest(first);
        await model.CompleteAsync(request);

        await model.Invoking(m => m.CompleteAsync(request))
            .Should().ThrowAsync<InvalidOperationException>().WithMessage("The recording has 2 exchanges and all were played*");
    }

    [Fact]
    public async Task CompleteAsync_RetryAfterAnInjectedRateLimit_GetsTheSameExchange()
    {
        var model = Recording();
        model.Faults.Next(Fault.RateLimited);

        await model.Invoking(m => m.CompleteAsync(FirstRequest())).Should().ThrowAsync<ChatApiException>();
        var retried = await model.CompleteAsync(FirstRequest());

        retried.Id.Should().Be("chatcmpl-1");
    }

    [Fact]
    public void FromJson_ExchangeWithoutResponse_SaysWhatIsMissing()
    {
        var json = """{"exchanges":[{"request":{"messages":[]}}]}""";

        FluentActions.Invoking(() => ReplayChatModel.FromJson(json))
            .Should().Throw<FormatException>().WithMessage("Exchange 1 of the recording needs a \"request\" object and a \"response\" object.");
    }
}
