namespace ToolCalling.Testing.Tests.Hints;

public class LearnerCodeHintTests
{
    private const string ApiAdvice = "Likely mistake: list every property in \"required\" and let the optional ones be null.";

    private static readonly ChatApiException StrictSchemaRejected = new(
        400, new ApiError("Invalid schema for function 'get_weather': Missing 'unit'.", "invalid_request_error", "tools[0].function.parameters", null),
        ApiAdvice);

    [Fact]
    public async Task RunAsync_AHintGivenForAnApiError_TakesThePlaceOfTheApisOwn()
    {
        var run = () => LearnerCode.RunAsync<string>("AskAsync", () => throw StrictSchemaRejected,
            _ => "Likely mistake: \"strict\": true. Remove it.");

        var failure = await run.Should().ThrowAsync<Exception>();

        failure.Which.Message.Should().Contain("AskAsync threw ChatApiException: HTTP 400")
            .And.Contain("Missing 'unit'")
            .And.EndWith("Likely mistake: \"strict\": true. Remove it.")
            .And.NotContain(ApiAdvice);
    }

    [Fact]
    public void ApiMessage_IsTheMessageWithoutTheHint()
    {
        StrictSchemaRejected.ApiMessage.Should().Be(
            "HTTP 400 (invalid_request_error, param tools[0].function.parameters): Invalid schema for function 'get_weather': Missing 'unit'.");
        StrictSchemaRejected.Message.Should().Be($"{StrictSchemaRejected.ApiMessage}\n{ApiAdvice}");
    }

    [Fact]
    public async Task RunAsync_NoHintForAnApiError_KeepsTheApisOwn()
    {
        var run = () => LearnerCode.RunAsync<string>("AskAsync", () => throw StrictSchemaRejected, "Likely mistake: shown for other exceptions only.");

        var failure = await run.Should().ThrowAsync<Exception>();

        failure.Which.Message.Should().EndWith(ApiAdvice).And.NotContain("shown for other exceptions only");
    }

    [Fact]
    public async Task RunAsync_AResponseAMockModelRefused_KeepsItsOwnHintAndNoTestHint()
    {
        var refused = new MockResponseRefusedException("RuleBasedChatModel gave a response the API would never send for this request:\n- ...",
            CommonMistakes.OptionalArgumentRequired);
        var run = () => LearnerCode.RunAsync<string>("AskAsync", () => throw refused,
            thrown => LearnerCode.HintFor(thrown.GetType().FullName!, CommonMistakes.ToolExceptionEscapes));

        var failure = await run.Should().ThrowAsync<Exception>();

        failure.Which.Message.Should().EndWith(CommonMistakes.OptionalArgumentRequired)
            .And.NotContain(CommonMistakes.ToolExceptionEscapes, "no tool threw: the model refused its own answer")
            .And.NotContain("Thrown at", "where the mock model threw is of no use to the learner");
    }

    [Fact]
    public void Run_AnExceptionOfATaskBlockedOnWithResult_ReportsTheExceptionItselfAsTheGraderDoes()
    {
        var faulted = Task.FromException<string>(new InvalidOperationException("The model is gone."));
        var run = () => LearnerCode.Run("RunConversationAsync", () => faulted.Result);

        var failure = run.Should().Throw<Exception>();

        failure.Which.Message.Should().StartWith("RunConversationAsync threw InvalidOperationException: The model is gone.")
            .And.NotContain("AggregateException");
    }
}
