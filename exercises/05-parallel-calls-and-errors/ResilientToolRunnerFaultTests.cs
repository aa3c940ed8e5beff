using System.Text.Json.Nodes;
using ToolCalling.Testing;
using Xunit;

namespace Exercises;

// The faults of README.md's "Faults the tests inject", which the mock models cause on purpose, and the loop's limits:
// a model that never stops asking for tools, and a cancelled token.
public partial class ResilientToolRunnerTests
{
    [Fact]
    public async Task Broken_arguments_from_the_model_are_answered_with_an_error_and_the_model_tries_again()
    {
        var model = new RuleBasedChatModel();
        model.Faults.Next(Fault.MalformedArguments);

        var answer = await Converse(model, Ask("What's the weather in Tokyo?"), CommonMistakes.ArgumentsParsedOutsideTry);

        RequireRequestCount(model, 3, "Round 1 gets an error result, round 2 asks again with valid arguments, then the model answers.",
            FaultHints.ForMalformedArgumentsAnsweredByTheLoop(model.Requests.Count, answer));
        ErrorResults.RequireStartingWith(model.Requests[1].Messages[2].Content, "Invalid arguments for get_weather",
            "The result for the call with broken arguments must be the invalid-arguments error.");
        RequireAnswer(answer, "Here is the current weather. Tokyo: 22°C, sunny.");
    }

    [Fact]
    public async Task A_function_the_model_invents_gets_the_unknown_function_error_and_the_model_tries_again()
    {
        var model = new RuleBasedChatModel();
        model.Faults.Next(Fault.UnknownFunction("weather_lookup"));

        var answer = await Converse(model, Ask("What's the weather in London?"), CommonMistakes.UnknownFunctionNotHandled);

        RequireRequestCount(model, 3, "Round 1 gets the unknown-function error, round 2 asks for get_weather instead, then the model answers.",
            FaultHints.ForFailingCallAnsweredByTheLoop(model.Requests.Count, answer));
        Lesson.RequireJson(model.Requests[1].Messages[2].Content, new JsonObject { ["error"] = "Unknown function: weather_lookup" },
            "The result sent for the invented function weather_lookup", UnknownFunctionHints.ForResult(model.Requests[1].Messages[2].Content));
        RequireAnswer(answer, "Here is the current weather. London: 15°C, cloudy.");
    }

    [Fact]
    public async Task Arguments_of_the_wrong_type_make_the_function_throw_and_that_becomes_an_error_result()
    {
        var model = new RuleBasedChatModel();
        model.Faults.Next(Fault.WrongArgumentTypes); // {"city": 42}: get_weather throws when it reads the number as text

        var answer = await Converse(model, Ask("What's the weather in Lima?"), CommonMistakes.ToolExceptionEscapes);

        RequireRequestCount(model, 3, "Round 1 gets an error result, round 2 asks again with valid arguments, then the model answers.",
            FaultHints.ForFailingCallAnsweredByTheLoop(model.Requests.Count, answer));
        var sent = model.Requests[1].Messages[2].Content;
        ErrorResults.RequireAny(sent,
            "The get_weather function threw when it read {\"city\": 42}, so the result sent for that call must be {\"error\": \"<the exception's Message>\"}.");
        RequireAnswer(answer, "Here is the current weather. Lima: 19°C, misty.");
    }

    [Fact]
    public async Task An_error_of_the_model_itself_reaches_the_caller_unchanged()
    {
        var model = new RuleBasedChatModel();
        model.Faults.Next(Fault.ServiceUnavailable);

        var (answer, thrown) = await LearnerCode.OutcomeAsync(() => ResilientToolRunner.RunConversationAsync(model, Ask("What's the weather in Tokyo?"), Registry()));

        Lesson.Require(thrown is ChatApiException { StatusCode: 503 },
            "CompleteAsync failed with HTTP 503. That is not a tool error: RunConversationAsync must let the ChatApiException through unchanged.",
            "ChatApiException: HTTP 503 ...", Ended(answer, thrown),
            thrown is null
                ? FaultHints.ForSwallowedModelError([.. model.Requests.Select(request => request.Messages.Count)])
                : BlockingHints.For(thrown.GetType().FullName)
                    ?? "Likely mistake: the model's ChatApiException is caught and another exception thrown in its place. Let it through as it is.");
    }

    [Fact]
    public async Task Stops_a_model_that_never_stops_calling_tools_after_max_rounds()
    {
        var model = EndlessModel();

        var (answer, thrown) = await LearnerCode.OutcomeAsync(() => ResilientToolRunner.RunConversationAsync(model, Ask("Weather in Lima?"), Registry(), maxRounds: 2));

        Lesson.Require(thrown is InvalidOperationException && thrown.Message.Contains("after 2 rounds", StringComparison.Ordinal),
            "With maxRounds 2, a model that still asks for tools after round 2 must stop the loop with an InvalidOperationException " +
            "whose message contains \"after 2 rounds\" (the guard of exercise 4).",
            "InvalidOperationException: ... after 2 rounds ...", Ended(answer, thrown),
            MaxRoundsHints.WhenGuardCaught(thrown is not null, answer, Requests(model).Count, 3, EndlessModelGivesUpAfter));
        RequireRequestCount(model, 3, "Two rounds are answered; the third response still asks for tools, so the loop stops there.",
            MaxRoundsHints.WhenOneOff(Requests(model).Count, 3));
    }

    [Fact]
    public async Task Ends_with_an_OperationCanceledException_when_the_token_is_already_cancelled()
    {
        var model = new RuleBasedChatModel();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var (answer, thrown) = await LearnerCode.OutcomeAsync(() => ResilientToolRunner.RunConversationAsync(model, Ask("What's the weather in Tokyo?"), Registry(),
            cancellationToken: cancelled.Token));

        Lesson.Require(thrown is OperationCanceledException,
            "With a token that is already cancelled, the loop must end with an OperationCanceledException. The model throws it, " +
            "as long as it receives the token.",
            "OperationCanceledException", Ended(answer, thrown),
            CancellationHints.For(thrown?.GetType().FullName, model.Requests.Count));
    }

    // Always asks for another get_weather call. It gives up after 20 requests, so a loop without a guard fails instead of hanging.
    private const int EndlessModelGivesUpAfter = 20;

    private static TestChatModel EndlessModel()
    {
        var model = new TestChatModel();
        model.CompleteAsyncCallback = (_, _) => model.Requests.Count > EndlessModelGivesUpAfter
            ? throw new InvalidOperationException(
                "The endless test model was called more than 20 times: the loop does not stop by itself. Keep the max-rounds guard of exercise 4.")
            : Task.FromResult(ChatCompletionResponse.FromToolCalls([new ToolCall($"call_{model.Requests.Count}", "get_weather", """{"city":"Lima"}""")]));
        return model;
    }

    private static string Ended(string? answer, Exception? thrown) =>
        thrown is null ? $"no exception; the loop returned {Teaching.Quote(answer)}" : $"{thrown.GetType().Name}: {thrown.Message}";
}
