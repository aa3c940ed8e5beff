namespace ToolCalling.Testing.Tests.Hints;

public class CancellationHintsTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void For_ARecordedRequest_SaysTheTokenWasNotPassedOn(bool threw)
    {
        CancellationHints.For(threw, requestsRecorded: 1).Should().Be(CommonMistakes.TokenNotPassed);
    }

    [Fact]
    public void For_NoRequestRecordedAndNoException_SaysACatchAroundTheLoopSwallowedTheCancellation()
    {
        CancellationHints.For(threw: false, requestsRecorded: 0).Should().Be(CommonMistakes.CancellationCaughtAroundLoop);
    }

    [Fact]
    public void For_NoRequestRecordedAndAnException_GivesNoHint()
    {
        CancellationHints.For(threw: true, requestsRecorded: 0).Should().BeNull();
    }

    [Fact]
    public async Task For_TheMockModels_RecordNoRequestWhenTheTokenIsCancelled()
    {
        // The hint relies on this: a model that received a cancelled token throws before it records the request.
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var scripted = new ScriptedChatModel().RespondWithText("Too late.");
        var ruleBased = new RuleBasedChatModel();
        var request = new ChatCompletionRequest { Messages = [ChatMessage.User("Weather in Oslo?")] };

        await FluentActions.Awaiting(() => scripted.CompleteAsync(request, cancelled.Token)).Should().ThrowAsync<OperationCanceledException>();
        await FluentActions.Awaiting(() => ruleBased.CompleteAsync(request, cancelled.Token)).Should().ThrowAsync<OperationCanceledException>();

        scripted.Requests.Should().BeEmpty();
        ruleBased.Requests.Should().BeEmpty();
    }
}
