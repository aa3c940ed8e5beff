using System.Data;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ToolCalling;
using ToolCalling.Testing;
using Xunit;

namespace Exercises;

// The models below are mocks from ToolCalling.Testing: they answer offline, keep a copy of every request in
// model.Requests, and reject a conversation the real API would reject, with the API's own HTTP 400 error.
public class ToolCallingLoopTests
{
    [Fact]
    public async Task Returns_the_models_text_when_it_calls_no_tools()
    {
        var model = new ScriptedChatModel().RespondWithText("Hello! Ask me about the weather.");

        var answer = await Run(model, Ask("Hi!"), Registry());

        Lesson.Require(answer == "Hello! Ask me about the weather.",
            "When the model answers with text, RunConversationAsync must return that text.",
            "\"Hello! Ask me about the weather.\"", Teaching.Quote(answer));
        RequireRequestCount(model, 1, "A text answer ends the conversation, so the model is called once.");
    }

    [Fact]
    public async Task Runs_the_requested_function_with_the_parsed_arguments()
    {
        var weather = new RecordingTool(new { city = "Paris", temperature = 20 });
        var model = new ScriptedChatModel()
            .RespondWithToolCalls(("get_weather", new { city = "Paris" }))
            .RespondWithText("It is 20°C in Paris.");

        await Run(model, Ask("What's the weather in Paris?"), Registry(("get_weather", weather.Function)));

        Lesson.Require(weather.Received.Count == 1 && weather.Received[0].ValueKind == JsonValueKind.Object,
            "The loop must run get_weather once, passing the parsed arguments object (not the JSON text).",
            "one call with an object", Received(weather),
            weather.Received.Any(arguments => arguments.ValueKind == JsonValueKind.String) ? CommonMistakes.ArgumentsNotParsed : null);
        Lesson.RequireJson(JsonText.Show(weather.Received[0]), new JsonObject { ["city"] = "Paris" }, "The arguments get_weather received");
    }

    [Fact]
    public async Task Sends_the_assistant_message_and_then_the_tool_result()
    {
        var model = new ScriptedChatModel()
            .RespondWithToolCalls(("get_weather", new { city = "Paris" }))
            .RespondWithText("It is 20°C in Paris.");
        var registry = Registry(("get_weather", _ => new { city = "Paris", temperature = 20 }));

        var answer = await Run(model, Ask("What's the weather in Paris?"), registry);

        RequireRequestCount(model, 2, "One round of tool calls and then the text: two requests.");
        RequireConversation(model, 2, "user", "assistant calling call_1", "tool answering call_1");
        Lesson.RequireJson(model.Requests[1].Messages[2].Content, new JsonObject { ["city"] = "Paris", ["temperature"] = 20 },
            "The content of the tool message (the function's result as JSON)", CommonMistakes.ResultNotJson);
        Lesson.Require(answer == "It is 20°C in Paris.", "The loop must return the model's final text.",
            "\"It is 20°C in Paris.\"", Teaching.Quote(answer));
    }

    [Fact]
    public async Task Answers_every_parallel_call_with_its_own_id_in_one_round()
    {
        var model = new ScriptedChatModel()
            .RespondWithToolCalls(("get_weather", new { city = "Tokyo" }), ("get_weather", new { city = "London" }), ("get_time", new { city = "Tokyo" }))
            .RespondWithText("Tokyo is 22°C at 09:30, London is 15°C.");

        await Run(model, Ask("Weather in Tokyo and London, and the time in Tokyo?"), WeatherAndTime());

        RequireRequestCount(model, 2, "All calls of one response are answered in the same round, so there are two requests.");
        RequireConversation(model, 2, "user", "assistant calling call_1, call_2, call_3",
            "tool answering call_1", "tool answering call_2", "tool answering call_3");
        var contents = model.Requests[1].Messages.Skip(2).Select(message => message.Content).ToList();
        JsonNode?[] results = [Weather("Tokyo"), Weather("London"), JsonValue.Create("09:30")];
        Lesson.RequireJson(contents[0], results[0], "The result for call_1 (Tokyo)", ToolCallIdHints.ForContent(contents[0], [results[1], results[2]]));
        Lesson.RequireJson(contents[1], results[1], "The result for call_2 (London)", ToolCallIdHints.ForContent(contents[1], [results[0], results[2]]));
        Lesson.RequireJson(contents[2], results[2], "The result for call_3 (get_time, a text result as a JSON string)",
            ToolCallIdHints.ForContent(contents[2], [results[0], results[1]]));
    }

    [Fact]
    public async Task Keeps_looping_until_the_model_answers_with_text()
    {
        var model = new ScriptedChatModel()
            .RespondWithToolCalls(("get_weather", new { city = "Tokyo" }), ("get_weather", new { city = "London" }))
            .RespondWithToolCalls(("calculate", new { expression = "22 - 15" }))
            .RespondWithText("Tokyo is warmer than London by 7°C.");

        var answer = await Run(model, Ask("Is it warmer in Tokyo or London?"), WeatherAndTime());

        RequireRequestCount(model, 3, "Two rounds of tool calls and then the text: three requests.",
            RoundHints.WhenStoppedAfterOneRound(model.Requests.Count, 3));
        RequireConversation(model, 3, "user", "assistant calling call_1, call_2", "tool answering call_1", "tool answering call_2",
            "assistant calling call_3", "tool answering call_3");
        Lesson.RequireJson(model.Requests[2].Messages[^1].Content, new JsonObject { ["result"] = 7 }, "The result of calculate in round 2");
        Lesson.Require(answer == "Tokyo is warmer than London by 7°C.", "The loop must return the text of the last response.",
            "\"Tokyo is warmer than London by 7°C.\"", Teaching.Quote(answer));
    }

    [Fact]
    public async Task Unknown_function_gets_an_error_result_and_the_conversation_goes_on()
    {
        var weather = new RecordingTool(new { temperature = 22 });
        var model = new ScriptedChatModel()
            .RespondWithToolCalls(("get_weather", new { city = "Tokyo" }))
            .RespondWithText("Sorry, I could not look that up.");
        model.Faults.Next(Fault.UnknownFunction("get_stock_price")); // the model "hallucinates" a function it was never offered

        var answer = await Run(model, Ask("What's the weather in Tokyo?"), Registry(("get_weather", weather.Function)),
            CommonMistakes.UnknownFunctionNotHandled);

        RequireConversation(model, 2, "user", "assistant calling call_1", "tool answering call_1");
        Lesson.RequireJson(model.Requests[1].Messages[2].Content, new JsonObject { ["error"] = "Unknown function: get_stock_price" },
            "The result for a function that is not in the registry", UnknownFunctionHints.ForResult(model.Requests[1].Messages[2].Content));
        Lesson.Require(weather.Received.Count == 0, "A name that is not in the registry must not run any function.",
            "get_weather not called", $"get_weather called {Teaching.Count(weather.Received.Count, "time")}");
        Lesson.Require(answer == "Sorry, I could not look that up.", "After an error result the conversation goes on to the final text.",
            "\"Sorry, I could not look that up.\"", Teaching.Quote(answer));
    }

    [Fact]
    public async Task Stops_a_model_that_never_stops_calling_tools_after_max_rounds()
    {
        var model = EndlessModel();
        var weather = new RecordingTool(Weather("Oslo"));

        var (answer, thrown) = await LearnerCode.OutcomeAsync(() => ToolCallingLoop.RunConversationAsync(model, Ask("Weather in Oslo?"), Registry(("get_weather", weather.Function)), maxRounds: 2));

        Lesson.Require(thrown is InvalidOperationException && thrown.Message.Contains("after 2 rounds", StringComparison.Ordinal),
            "With maxRounds 2, a model that still asks for tools after round 2 must stop the loop with an InvalidOperationException.",
            "InvalidOperationException: ... after 2 rounds ...", Ended(answer, thrown),
            MaxRoundsHints.WhenGuardCaught(thrown is not null, answer, model.Requests.Count, 3, EndlessModelGivesUpAfter));
        RequireRequestCount(model, 3, "Two rounds are answered; the third response still asks for tools, so the loop stops there.",
            MaxRoundsHints.WhenOneOff(Requests(model).Count, 3));
        Lesson.Require(weather.Received.Count == 2, "The calls of the response that comes after the last allowed round must not run (step 6).",
            "get_weather run twice, once per allowed round", $"get_weather run {Teaching.Count(weather.Received.Count, "time")}");
    }

    [Fact]
    public async Task Ends_with_an_OperationCanceledException_when_the_token_is_already_cancelled()
    {
        var model = new ScriptedChatModel().RespondWithText("No one is waiting for this answer any more.");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var (answer, thrown) = await LearnerCode.OutcomeAsync(() => ToolCallingLoop.RunConversationAsync(model, Ask("Weather in Oslo?"), WeatherAndTime(),
            cancellationToken: cancelled.Token));

        Lesson.Require(thrown is OperationCanceledException,
            "With a token that is already cancelled, the loop must end with an OperationCanceledException (step 7). The model throws it, " +
            "as long as it receives the token.",
            "OperationCanceledException", Ended(answer, thrown),
            CancellationHints.For(thrown?.GetType().FullName, model.Requests.Count));
    }

    [Fact]
    public async Task Answers_a_course_question_with_the_rule_based_model()
    {
        var model = new RuleBasedChatModel();

        var answer = await Run(model, Ask("Is it warmer in Tokyo or London?"), WeatherAndTime());

        // The model reads each result by its tool_call_id: ids swapped between the two calls swap the cities in its answer.
        var firstRoundIds = model.Requests.ElementAtOrDefault(1)?.Messages.Where(message => message.Role == "tool")
            .Select(message => message.ToolCallId).ToList() ?? [];
        Lesson.Require(answer == "Tokyo is warmer than London: 22°C against 15°C, a difference of 7°C.",
            "The rule-based model compares the two temperatures it received from your loop.",
            "\"Tokyo is warmer than London: 22°C against 15°C, a difference of 7°C.\"", Teaching.Quote(answer),
            ToolCallIdHints.For(["call_1", "call_2"], firstRoundIds) ?? RoundHints.WhenStoppedAfterOneRound(model.Requests.Count, 3));
        RequireRequestCount(model, 3, "Round 1 asks for both temperatures, round 2 for the subtraction, then the text.");
    }

    private static readonly Dictionary<string, int> Temperatures = new() { ["Tokyo"] = 22, ["London"] = 15, ["Oslo"] = -3 };

    private static ChatCompletionRequest Ask(string question) => new()
    {
        Messages = [ChatMessage.User(question)],
        Tools =
        [
            Tool("get_weather", "Get the current weather in a city.", "city"),
            Tool("get_time", "Get the local time in a city.", "city"),
            Tool("calculate", "Evaluate an arithmetic expression such as (2 + 3) * 4.", "expression"),
        ],
    };

    private static ToolDefinition Tool(string name, string description, string argument) => ToolDefinition.ForFunction(name, description,
        new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject { [argument] = new JsonObject { ["type"] = "string" } },
            ["required"] = new JsonArray(argument),
        });

    private static JsonObject Weather(string city) => new() { ["city"] = city, ["temperature"] = Temperatures[city], ["unit"] = "celsius" };

    private static Dictionary<string, ToolFunction> WeatherAndTime() => Registry(
        ("get_weather", arguments => Weather(arguments.GetProperty("city").GetString()!)),
        ("get_time", _ => "09:30"),
        ("calculate", arguments => new
        {
            result = Convert.ToDouble(new DataTable().Compute(arguments.GetProperty("expression").GetString(), null), CultureInfo.InvariantCulture),
        }));

    private static Dictionary<string, ToolFunction> Registry(params (string Name, ToolFunction Function)[] tools) =>
        tools.ToDictionary(tool => tool.Name, tool => tool.Function);

    // Always asks for another get_weather call. It gives up after 20 requests, so a loop without a guard fails instead of hanging.
    private const int EndlessModelGivesUpAfter = 20;

    private static TestChatModel EndlessModel()
    {
        var model = new TestChatModel();
        model.CompleteAsyncCallback = (_, _) => model.Requests.Count > EndlessModelGivesUpAfter
            ? throw new InvalidOperationException(
                "The endless test model was called more than 20 times: the loop does not stop by itself. Add the max-rounds guard (step 6).")
            : Task.FromResult(ChatCompletionResponse.FromToolCalls([new ToolCall($"call_{model.Requests.Count}", "get_weather", """{"city":"Oslo"}""")]));
        return model;
    }

    private static string Ended(string? answer, Exception? thrown) =>
        thrown is null ? $"no exception; the loop returned {Teaching.Quote(answer)}" : $"{thrown.GetType().Name}: {thrown.Message}";

    // Anything the loop throws, NotImplementedException aside, fails the test with the exception's message: when the mock
    // model rejected a request, that is the API's 400 error followed by the likely mistake.
    private static Task<string> Run(IChatModel model, ChatCompletionRequest request, IReadOnlyDictionary<string, ToolFunction> registry,
        string? likelyMistake = null) =>
        LearnerCode.RunAsync("RunConversationAsync", () => ToolCallingLoop.RunConversationAsync(model, request, registry), likelyMistake);

    private static void RequireRequestCount(IChatModel model, int expected, string why, string? likelyMistake = null)
    {
        var requests = Requests(model);
        Lesson.Require(requests.Count == expected, $"The model was called the wrong number of times. {why}",
            Teaching.Count(expected, "request"), Teaching.Count(requests.Count, "request"), likelyMistake);
    }

    private static void RequireConversation(IChatModel model, int requestNumber, params string[] expected)
    {
        var requests = Requests(model);
        var found = requests.Count >= requestNumber ? requests[requestNumber - 1].Messages.Select(Describe).ToList() : [];
        Lesson.Require(found.SequenceEqual(expected),
            $"Request {requestNumber} must hold the whole conversation: the earlier messages, then for each round the assistant message " +
            "followed by one tool message per call, with that call's id.",
            string.Join(" | ", expected),
            requests.Count < requestNumber ? $"{Teaching.Count(requests.Count, "request")} in all" : string.Join(" | ", found),
            ToolCallIdHints.For(expected, found));
    }

    private static IReadOnlyList<ChatCompletionRequest> Requests(IChatModel model) => model switch
    {
        ScriptedChatModel scripted => scripted.Requests,
        RuleBasedChatModel ruleBased => ruleBased.Requests,
        TestChatModel test => test.Requests,
        _ => [],
    };

    private static string Describe(ChatMessage message) => message switch
    {
        { Role: "assistant", ToolCalls: { Count: > 0 } calls } => $"assistant calling {string.Join(", ", calls.Select(call => call.Id))}",
        { Role: "tool" } => $"tool answering {message.ToolCallId}",
        _ => message.Role,
    };

    private static string Received(RecordingTool tool) =>
        tool.Received.Count == 0 ? "not called" : string.Join(", ", tool.Received.Select(arguments => $"{arguments.ValueKind}: {JsonText.Show(arguments)}"));
}
