namespace ToolCalling.Testing.Tests.Hints;

public class CancellationHintsTests
{
    [Theory]
    [InlineData("System.InvalidOperationException")]
    [InlineData(null)]
    public void For_ARecordedRequest_SaysTheTokenWasNotPassedOn(string? thrown)
    {
        CancellationHints.For(thrown, requestsRecorded: 1).Should().Be(CommonMistakes.TokenNotPassed);
    }

    [Fact]
    public void For_NoRequestRecordedAndNoException_SaysACatchAroundTheLoopSwallowedTheCancellation()
    {
        CancellationHints.For(thrown: null, requestsRecorded: 0).Should().Be(CommonMistakes.CancellationCaughtAroundLoop);
    }

    [Theory]
    [InlineData("System.InvalidOperationException")]
    [InlineData("System.InvalidOperationException: Sequence contains no elements")]
    public void For_NoRequestRecordedAndAnotherException_GivesNoHint(string thrown)
    {
        CancellationHints.For(thrown, requestsRecorded: 0).Should().BeNull();
    }

    [Fact]
    public async Task For_TheCancellationBlockedOnWithResult_SaysTheTaskWasBlockedOn()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var model = new ScriptedChatModel().RespondWithText("Too late.");
        var request = new ChatCompletionRequest { Messages = [ChatMessage.User("Weather in Oslo?")] };

        var thrown = Record.Exception(() => model.CompleteAsync(request, cancelled.Token).Result);

        CancellationHints.For(thrown.GetType().FullName, model.Requests.Count).Should().Be(CommonMistakes.TaskBlockedOn);
        CancellationHints.For($"{thrown.GetType().FullName}: {thrown.Message}", model.Requests.Count).Should().Be(CommonMistakes.TaskBlockedOn);
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
