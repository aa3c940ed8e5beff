using System.Text.Json;
using System.Text.Json.Nodes;
using ToolCalling;
using ToolCalling.Testing;
using Xunit;

namespace Exercises;

// ProcessToolCallsSafely gets mock tool calls built with Moq (see MockToolCall). RunConversationAsync talks to the
// mock models of ToolCalling.Testing, which keep every request in model.Requests and reject a conversation the real
// API would reject, with the API's own HTTP 400 error. The tests of faults injected on purpose are in ResilientToolRunnerFaultTests.cs.
public partial class ResilientToolRunnerTests
{
    [Fact]
    public void ProcessToolCallsSafely_answers_every_call_in_order_with_its_own_id()
    {
        var calls = new[]
        {
            MockToolCall.Create("call_tokyo", "get_weather", """{"city": "Tokyo"}"""),
            MockToolCall.Create("call_lima", "get_weather", """{"city": "Lima"}"""),
            MockToolCall.Create("call_time", "get_time", """{"city": "Lima"}"""),
        };

        var messages = Process(calls);

        RequireIds(messages, "call_tokyo", "call_lima", "call_time");
        JsonNode?[] results = [WeatherIn("Tokyo"), WeatherIn("Lima"), JsonValue.Create("08:15")];
        Lesson.RequireJson(messages[0].Content, results[0], "The content for call_tokyo", ToolCallIdHints.ForContent(messages[0].Content, [results[1], results[2]]));
        Lesson.RequireJson(messages[1].Content, results[1], "The content for call_lima", ToolCallIdHints.ForContent(messages[1].Content, [results[0], results[2]]));
        Lesson.RequireJson(messages[2].Content, results[2], "The content for call_time (a text result as a JSON string)",
            ToolCallIdHints.ForContent(messages[2].Content, [results[0], results[1]]));
    }

    [Fact]
    public void A_function_that_throws_gives_an_error_object_with_its_message()
    {
        var messages = Process([MockToolCall.Create("call_1", "get_weather", """{"city": "Toky"}""")], CommonMistakes.ToolExceptionEscapes);

        RequireIds(messages, "call_1");
        Lesson.RequireJson(messages[0].Content, new JsonObject { ["error"] = "Unknown city: Toky" },
            "The content for a function that threw KeyNotFoundException(\"Unknown city: Toky\")");
    }

    [Fact]
    public void The_calls_after_a_failing_one_are_still_answered()
    {
        var calls = new[]
        {
            MockToolCall.Create("call_1", "get_weather", """{"city": "Atlantis"}"""),
            MockToolCall.Create("call_2", "get_weather", """{"city": "Tokyo"}"""),
        };

        var messages = Process(calls, CommonMistakes.ToolExceptionEscapes);

        RequireIds(messages, "call_1", "call_2");
        Lesson.RequireJson(messages[0].Content, new JsonObject { ["error"] = "Unknown city: Atlantis" }, "The content for the failing call");
        Lesson.RequireJson(messages[1].Content, WeatherIn("Tokyo"), "The content for the call after it");
    }

    [Fact]
    public void Broken_arguments_give_an_invalid_arguments_error_without_running_the_function()
    {
        var weather = new RecordingTool(new { temperature = 22 });
        var registry = new Dictionary<string, ToolFunction> { ["get_weather"] = weather.Function };

        var messages = Process([MockToolCall.Create("call_1", "get_weather", """{"city": "Tokyo" """)], registry, CommonMistakes.ArgumentsParsedOutsideTry);

        RequireIds(messages, "call_1");
        ErrorResults.RequireStartingWith(messages[0].Content, "Invalid arguments for get_weather",
            "Arguments that are not valid JSON must be answered with an error that starts with \"Invalid arguments for <name>\".");
        Lesson.Require(weather.Received.Count == 0, "With broken arguments the function must not run.",
            "get_weather not called", $"get_weather called {Teaching.Count(weather.Received.Count, "time")}");
    }

    [Fact]
    public void Unknown_function_gets_the_unknown_function_error()
    {
        var messages = Process([MockToolCall.Create("call_1", "get_stock_price", """{"symbol": "ACME"}""")], CommonMistakes.UnknownFunctionNotHandled);

        RequireIds(messages, "call_1");
        Lesson.RequireJson(messages[0].Content, new JsonObject { ["error"] = "Unknown function: get_stock_price" },
            "The content for a function that is not in the registry", UnknownFunctionHints.ForResult(messages[0].Content));
    }

    [Fact]
    public void Unknown_function_with_broken_arguments_gets_either_error()
    {
        var messages = Process([MockToolCall.Create("call_1", "get_stock_price", """{"symbol": "ACME" """)], Registry(),
            thrown => FaultHints.ForUnknownFunctionWithMalformedArguments(thrown.GetType().FullName!));

        RequireIds(messages, "call_1");
        ErrorResults.RequireStartingWithAny(messages[0].Content, ["Unknown function: get_stock_price", "Invalid arguments for get_stock_price"],
            "A function that is not in the registry, called with arguments that are not valid JSON, breaks two rules: " +
            "its content must be the error for one of them, whichever your code checks first.");
    }

    [Fact]
    public async Task Parallel_calls_are_answered_in_one_round()
    {
        var model = new RuleBasedChatModel();

        var answer = await Converse(model, Ask("Compare the weather in Tokyo, London, and New York"));

        RequireRequestCount(model, 2, "The three weather calls come in one response and are answered in one round, then the model answers.");
        RequireConversation(model, 2, "user", "assistant calling call_1, call_2, call_3",
            "tool answering call_1", "tool answering call_2", "tool answering call_3");
        RequireAnswer(answer, "Here is the current weather. Tokyo: 22°C, sunny. London: 15°C, cloudy. New York: 18°C, windy.");
    }

    [Fact]
    public async Task A_tool_error_reaches_the_model_and_the_conversation_goes_on()
    {
        var model = new RuleBasedChatModel();

        var answer = await Converse(model, Ask("What's the weather in Toky right now?"), CommonMistakes.ToolExceptionEscapes);

        RequireConversation(model, 2, "user", "assistant calling call_1", "tool answering call_1");
        Lesson.RequireJson(model.Requests[1].Messages[2].Content, new JsonObject { ["error"] = "Unknown city: Toky" }, "The result sent for Toky");
        RequireAnswer(answer, "Here is the current weather. Toky: no data (Unknown city: Toky).");
    }

    private static readonly Dictionary<string, int> Temperatures = new() { ["Tokyo"] = 22, ["London"] = 15, ["New York"] = 18, ["Lima"] = 19 };

    private static readonly Dictionary<string, string> Conditions = new() { ["Tokyo"] = "sunny", ["London"] = "cloudy", ["New York"] = "windy", ["Lima"] = "misty" };

    private static JsonObject WeatherIn(string city) =>
        new() { ["city"] = city, ["temperature"] = Temperatures[city], ["unit"] = "celsius", ["condition"] = Conditions[city] };

    // get_weather throws for a city it does not know, as a real weather service would answer with an error.
    private static Dictionary<string, ToolFunction> Registry() => new()
    {
        ["get_weather"] = arguments =>
        {
            var city = arguments.GetProperty("city").GetString()!;
            return Temperatures.ContainsKey(city) ? WeatherIn(city) : throw new KeyNotFoundException($"Unknown city: {city}");
        },
        ["get_time"] = _ => "08:15",
    };

    private static ChatCompletionRequest Ask(string question) => new()
    {
        Messages = [ChatMessage.User(question)],
        Tools =
        [
            ToolDefinition.ForFunction("get_weather", "Get the current weather in a city.", JsonNode.Parse(
                """{"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}""")),
        ],
    };

    private static IReadOnlyList<ToolMessage> Process(IReadOnlyList<IToolCall> calls, string? likelyMistake = null) =>
        Process(calls, Registry(), likelyMistake);

    private static IReadOnlyList<ToolMessage> Process(IReadOnlyList<IToolCall> calls, Dictionary<string, ToolFunction> registry, string? likelyMistake) =>
        Process(calls, registry, _ => likelyMistake);

    private static IReadOnlyList<ToolMessage> Process(IReadOnlyList<IToolCall> calls, Dictionary<string, ToolFunction> registry, Func<Exception, string?> likelyMistake)
    {
        var messages = LearnerCode.Run("ProcessToolCallsSafely", () => ResilientToolRunner.ProcessToolCallsSafely(calls, registry), likelyMistake);
        Lesson.Require(messages is not null, "ProcessToolCallsSafely must return a list, even an empty one.", "a list", "null");
        return messages!;
    }

    private static void RequireIds(IReadOnlyList<ToolMessage> messages, params string[] expected)
    {
        var ids = messages.Select(message => message.ToolCallId).ToArray();
        Lesson.Require(ids.SequenceEqual(expected),
            "ProcessToolCallsSafely must return one tool message per call, in the order of the calls, each with its call's id.",
            $"tool_call_id: {string.Join(", ", expected)}", $"tool_call_id: {string.Join(", ", ids)}",
            ToolCallIdHints.For(expected, ids));
    }

    // Anything the loop throws, NotImplementedException aside, fails the test with the exception's message: when the mock
    // model rejected a request, that is the API's 400 error followed by the likely mistake.
    private static Task<string> Converse(RuleBasedChatModel model, ChatCompletionRequest request, string? likelyMistake = null) =>
        LearnerCode.RunAsync("RunConversationAsync", () => ResilientToolRunner.RunConversationAsync(model, request, Registry()), likelyMistake);

    private static void RequireAnswer(string answer, string expected) =>
        Lesson.Require(answer == expected, "RunConversationAsync must return the model's final text.", Teaching.Quote(expected), Teaching.Quote(answer));

    private static void RequireRequestCount(IChatModel model, int expected, string why, string? likelyMistake = null) =>
        Lesson.Require(Requests(model).Count == expected, $"The model was called the wrong number of times. {why}",
            Teaching.Count(expected, "request"), Teaching.Count(Requests(model).Count, "request"), likelyMistake);

    private static IReadOnlyList<ChatCompletionRequest> Requests(IChatModel model) => model switch
    {
        RuleBasedChatModel ruleBased => ruleBased.Requests,
        TestChatModel test => test.Requests,
        _ => [],
    };

    private static void RequireConversation(RuleBasedChatModel model, int requestNumber, params string[] expected)
    {
        var found = model.Requests.Count >= requestNumber ? model.Requests[requestNumber - 1].Messages.Select(Describe).ToList() : [];
        Lesson.Require(found.SequenceEqual(expected),
            $"Request {requestNumber} must hold the whole conversation: the earlier messages, then for each round the assistant message " +
            "followed by one tool message per call, with that call's id.",
            string.Join(" | ", expected),
            model.Requests.Count < requestNumber ? $"{Teaching.Count(model.Requests.Count, "request")} in all" : string.Join(" | ", found),
            ToolCallIdHints.For(expected, found));
    }

    private static string Describe(ChatMessage message) => message switch
    {
        { Role: "assistant", ToolCalls: { Count: > 0 } calls } => $"assistant calling {string.Join(", ", calls.Select(call => call.Id))}",
        { Role: "tool" } => $"tool answering {message.ToolCallId}",
        _ => message.Role,
    };
}
