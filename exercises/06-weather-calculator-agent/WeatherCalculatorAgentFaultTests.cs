using System.Text.Json.Nodes;
using ToolCalling.Testing;
using Xunit;

namespace Exercises;

// Broken tool calls that the mock model sends on purpose, an error of the model itself, and the agent's limits:
// a model that never stops asking for tools, and a cancelled token.
public partial class WeatherCalculatorAgentTests
{
    [Fact]
    public async Task Broken_arguments_from_the_model_get_an_error_result_and_cost_one_more_round()
    {
        var model = new RuleBasedChatModel();
        model.Faults.Next(Fault.MalformedArguments);

        var result = await Ask(model, "What's the weather in Paris?",
            thrown => FaultHints.ForMalformedArguments(thrown.GetType().FullName!));

        var sent = FirstResultSent(model);
        ErrorResults.RequireStartingWith(sent, "Invalid arguments for get_weather",
            "The result for the call with broken arguments must be the invalid-arguments error.", missing: "no tool message",
            FaultHints.ForMalformedArgumentsAnsweredByTheLoop(model.Requests.Count, result.Answer));
        RequireCounts(result, rounds: 2, toolCalls: 2, "Round 1: the broken call gets an error result. Round 2: the model asks again. Then the text.");
        RequireAnswer(result, "Here is the current weather. Paris: 20°C, clear.");
    }

    [Fact]
    public async Task A_function_the_model_invents_gets_the_unknown_function_error_and_costs_one_more_round()
    {
        var model = new RuleBasedChatModel();
        model.Faults.Next(Fault.UnknownFunction("weather_lookup"));

        var result = await Ask(model, "What's the weather in London?",
            thrown => FaultHints.ForUnknownFunction(thrown.Message, "weather_lookup"));

        Lesson.RequireJson(FirstResultSent(model), new JsonObject { ["error"] = "Unknown function: weather_lookup" },
            "The result sent for the invented function weather_lookup",
            FaultHints.ForFailingCallAnsweredByTheLoop(model.Requests.Count, result.Answer) ?? UnknownFunctionHints.ForResult(FirstResultSent(model)));
        RequireCounts(result, rounds: 2, toolCalls: 2, "Round 1: the invented function gets an error result. Round 2: get_weather. Then the text.");
        RequireAnswer(result, "Here is the current weather. London: 15°C, cloudy.");
    }

    [Fact]
    public async Task Arguments_of_the_wrong_type_get_an_error_result_and_cost_one_more_round()
    {
        var model = new RuleBasedChatModel();
        model.Faults.Next(Fault.WrongArgumentTypes); // {"city": 42}

        var result = await Ask(model, "What's the weather in Oslo?", _ => CommonMistakes.ToolExceptionEscapes);

        var sent = FirstResultSent(model);
        ErrorResults.RequireAny(sent,
            "The get_weather tool was called with {\"city\": 42}. Whether it throws or returns an error, the result sent must be {\"error\": \"...\"}.",
            missing: "no tool message", FaultHints.ForFailingCallAnsweredByTheLoop(model.Requests.Count, result.Answer));
        RequireCounts(result, rounds: 2, toolCalls: 2, "Round 1: the call with a number for the city gets an error result. Round 2: the model asks again. Then the text.");
        RequireAnswer(result, "Here is the current weather. Oslo: -3°C, snow.");
    }

    [Fact]
    public async Task An_error_of_the_model_itself_reaches_the_caller_unchanged()
    {
        var model = new RuleBasedChatModel();
        model.Faults.Next(Fault.ServiceUnavailable);

        var (result, thrown) = await LearnerCode.OutcomeAsync(() => WeatherCalculatorAgent.AskAsync(model, "What's the weather in Tokyo?"));

        Lesson.Require(thrown is ChatApiException { StatusCode: 503 },
            "CompleteAsync failed with HTTP 503. That is not a tool error: AskAsync must let the ChatApiException through unchanged.",
            "ChatApiException: HTTP 503 ...", Ended(result, thrown),
            thrown is null
                ? FaultHints.ForSwallowedModelError([.. model.Requests.Select(request => request.Messages.Count)])
                : BlockingHints.For(thrown.GetType().FullName));
    }

    [Fact]
    public async Task Stops_a_model_that_never_stops_calling_tools_after_five_rounds()
    {
        var model = EndlessModel();

        var (result, thrown) = await LearnerCode.OutcomeAsync(() => WeatherCalculatorAgent.AskAsync(model, "What's the weather in Oslo?"));

        // With a strict get_weather the API refuses the request; its advice leads nowhere here, so the strict-mode hint replaces it.
        var strictMode = StrictModeHint();
        Lesson.Require(thrown is InvalidOperationException && thrown.Message.Contains("after 5 rounds", StringComparison.Ordinal),
            "A model that still asks for tools after round 5 (MaxRounds) must stop AskAsync with an InvalidOperationException " +
            "whose message contains \"after 5 rounds\".",
            "InvalidOperationException: ... after 5 rounds ...",
            strictMode is not null && thrown is ChatApiException api ? $"ChatApiException: {api.ApiMessage}" : Ended(result, thrown),
            strictMode ?? MaxRoundsHints.WhenGuardCaught(thrown is not null, result?.Answer, model.Requests.Count,
                WeatherCalculatorAgent.MaxRounds + 1, EndlessModelGivesUpAfter));
        Lesson.Require(model.Requests.Count == 6, "Five rounds are answered; the sixth response still asks for tools, so the agent stops there.",
            "6 requests", Teaching.Count(model.Requests.Count, "request"),
            MaxRoundsHints.WhenOneOff(model.Requests.Count, WeatherCalculatorAgent.MaxRounds + 1));
    }

    [Fact]
    public async Task Ends_with_an_OperationCanceledException_when_the_token_is_already_cancelled()
    {
        var model = new RuleBasedChatModel();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var (result, thrown) = await LearnerCode.OutcomeAsync(() => WeatherCalculatorAgent.AskAsync(model, "What's the weather in Tokyo?", cancelled.Token));

        Lesson.Require(thrown is OperationCanceledException,
            "With a token that is already cancelled, AskAsync must end with an OperationCanceledException. The model throws it, " +
            "as long as it receives the token.",
            "OperationCanceledException", Ended(result, thrown),
            CancellationHints.For(thrown?.GetType().FullName, model.Requests.Count));
    }

    // Always asks for get_weather again, with the first argument the request declares for it, so that only the guard
    // ends the conversation. It gives up after 20 requests, so an agent without a guard fails instead of hanging.
    private const int EndlessModelGivesUpAfter = 20;

    private static TestChatModel EndlessModel()
    {
        var model = new TestChatModel();
        model.CompleteAsyncCallback = (request, _) =>
        {
            if (model.Requests.Count > EndlessModelGivesUpAfter)
            {
                throw new InvalidOperationException(
                    "The endless test model was called more than 20 times: the agent does not stop by itself. Add the max-rounds guard.");
            }

            var weather = request.Tools?.FirstOrDefault(tool => tool.Function.Name == "get_weather")
                ?? throw new InvalidOperationException("The request declares no get_weather tool for the endless test model to call.");
            var argument = (weather.Function.Parameters?["properties"] as JsonObject)?.Select(property => property.Key).FirstOrDefault() ?? "city";
            var call = new ToolCall($"call_{model.Requests.Count}", "get_weather", new JsonObject { [argument] = "Oslo" }.ToJsonString());
            return Task.FromResult(ChatCompletionResponse.FromToolCalls([call]));
        };
        return model;
    }

    // The content of the first tool message after the question, in the second request.
    private static string? FirstResultSent(RuleBasedChatModel model) =>
        model.Requests.ElementAtOrDefault(1)?.Messages.SkipWhile(message => message.Role != "user").FirstOrDefault(message => message.Role == "tool")?.Content;

    private static string Ended(AgentResult? result, Exception? thrown) =>
        thrown is null ? $"no exception; AskAsync returned {Teaching.Quote(result?.Answer)}" : $"{thrown.GetType().Name}: {thrown.Message}";
}
