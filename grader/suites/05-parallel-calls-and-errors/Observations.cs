using System.Text.Json;
using System.Text.Json.Nodes;
using Exercises;
using Grader.Suites;
using ToolCalling;
using ToolCalling.Testing;

namespace Suites.ParallelCallsAndErrors;

/// <summary>One tool message as ProcessToolCallsSafely returned it.</summary>
public sealed record Answer(string Id, string Content);

/// <summary>What ProcessToolCallsSafely returned (null when it returned null), and every function run on the way.</summary>
public sealed record BatchRun(List<Answer>? Messages, List<string> FunctionRuns);

/// <summary>
/// What one run of the learner's loop produced: the answer or what it threw, each request's messages in short
/// form ("user", "assistant calling call_1", "tool answering call_1"), and the tool results of the last request. When what
/// was thrown is an error of the mock API or a mock model, its hint, so that a check can name it (the code's own words cannot).
/// </summary>
public sealed record LoopRun(
    string? Answer, string? Failure, List<List<string>> Requests, Dictionary<string, string?> Results, string? FailureHint = null);

/// <summary>Tools that work and tools that fail, the acts' ways of running the learner's code, and the checks' ways of reading it.</summary>
public static class Observations
{
    private const string ToolLinePrefix = "tool answering ";

    private static readonly Dictionary<string, (int Temperature, string Condition)> Weather = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Tokyo"] = (22, "sunny"),
        ["London"] = (15, "cloudy"),
        ["New York"] = (18, "windy"),
        ["Nairobi"] = (24, "clear"),
    };

    /// <summary>
    /// get_weather (throws KeyNotFoundException for a city it does not know), get_time, get_forecast (always throws)
    /// and get_uv_index (returns NaN, which JsonSerializer refuses to write).
    /// </summary>
    public static Dictionary<string, ToolFunction> Registry(List<string>? runs = null) => Recorded(runs, new()
    {
        ["get_weather"] = arguments =>
        {
            var city = arguments.GetProperty("city").GetString()!;
            return Weather.TryGetValue(city, out var reading)
                ? new { city, temperature = reading.Temperature, unit = "celsius", condition = reading.Condition }
                : throw new KeyNotFoundException($"Unknown city: {city}");
        },
        ["get_time"] = arguments => arguments.GetProperty("city").GetString() == "Tokyo" ? "21:30" : "13:30",
        ["get_forecast"] = _ => throw new InvalidOperationException("The forecast service is down for maintenance."),
        ["get_uv_index"] = _ => double.NaN,
    });

    public static ChatCompletionRequest Ask(string question) => new()
    {
        Messages = [ChatMessage.User(question)],
        Tools =
        [
            ToolDefinition.ForFunction("get_weather", "Get the current weather in a city.", Schema("city")),
            ToolDefinition.ForFunction("get_forecast", "Get tomorrow's forecast for a city.", Schema("city")),
        ],
    };

    public static BatchRun Process(params IToolCall[] calls)
    {
        var runs = new List<string>();
        var messages = ResilientToolRunner.ProcessToolCallsSafely(calls, Registry(runs));
        return new BatchRun(messages?.Select(message => new Answer(message.ToolCallId, message.Content)).ToList(), runs);
    }

    /// <summary>How many requests the <see cref="Endless"/> model answers before it throws.</summary>
    public const int EndlessGivesUpAfter = 30;

    /// <summary>Always asks for one more get_weather call; gives up after 30 requests so a loop without a guard fails instead of hanging.</summary>
    public static TestChatModel Endless()
    {
        var model = new TestChatModel();
        model.CompleteAsyncCallback = (_, _) => model.Requests.Count > EndlessGivesUpAfter
            ? throw new InvalidOperationException("The endless model gave up after 30 requests: the loop has no max-rounds guard.")
            : Task.FromResult(ChatCompletionResponse.FromToolCalls(
                [new ToolCall($"call_{model.Requests.Count}", "get_weather", """{"city":"Nairobi"}""")]));
        return model;
    }

    /// <summary>Runs the learner's loop and records what happened. NotImplementedException passes through, so the grader reports it as such.</summary>
    public static async Task<LoopRun> Converse(IChatModel model, ChatCompletionRequest request, int maxRounds = 5)
    {
        string? answer = null;
        string? failure = null;
        string? failureHint = null;
        try
        {
            answer = await ResilientToolRunner.RunConversationAsync(model, request, Registry(), maxRounds);
        }
        catch (Exception thrown) when (thrown is not NotImplementedException)
        {
            failure = $"{thrown.GetType().FullName}: {thrown.Message}";
            failureHint = MockHints.Of(thrown);
        }

        var requests = model switch
        {
            ScriptedChatModel scripted => scripted.Requests,
            RuleBasedChatModel ruleBased => ruleBased.Requests,
            TestChatModel test => test.Requests,
            _ => [],
        };
        return new LoopRun(
            answer,
            failure,
            requests.Select(sent => sent.Messages.Select(Describe).ToList()).ToList(),
            requests.LastOrDefault()?.Messages.Where(message => message.Role == "tool" && message.ToolCallId is not null)
                .GroupBy(message => message.ToolCallId!).ToDictionary(group => group.Key, group => group.Last().Content) ?? [],
            failureHint);
    }

    // ---- For the checks ----

    public static List<Answer> Messages(Produced produced, int expectedCount, string? likelyMistake = null)
    {
        var batch = produced.ValueOf("ProcessToolCallsSafely", likelyMistake).Deserialize<BatchRun>()!;
        Lesson.Require(batch.Messages is not null, "ProcessToolCallsSafely must return a list, even an empty one.", "a list", "null");
        Lesson.Require(batch.Messages!.Count == expectedCount, "ProcessToolCallsSafely must return exactly one tool message per call.",
            Teaching.Count(expectedCount, "message"), Teaching.Count(batch.Messages.Count, "message"));
        return batch.Messages;
    }

    public static List<string> FunctionRuns(Produced produced) => produced.ValueOf("ProcessToolCallsSafely").Deserialize<BatchRun>()!.FunctionRuns;

    public static void RequireIds(List<Answer> messages, params string[] expected) =>
        Lesson.Require(messages.Select(message => message.Id).SequenceEqual(expected),
            "Every call gets one tool message, in the order of the calls, with that call's id.",
            string.Join(", ", expected), string.Join(", ", messages.Select(message => message.Id)),
            ToolCallIdHints.For(expected, messages.Select(message => message.Id).ToList()));

    public static void RequireError(string? content, string expected, string what, string? likelyMistake = null) =>
        Lesson.RequireJson(content, new JsonObject { ["error"] = expected }, what, likelyMistake);

    public static void RequireErrorStartingWith(string? content, string start, string what) =>
        ErrorResults.RequireStartingWith(content, start, $"{what} must be an object with one \"error\" text that starts with \"{start}\".");

    /// <summary>The run, which must have ended with a text answer.</summary>
    public static LoopRun Finished(Produced produced, string? likelyMistake = null)
    {
        var run = Failed(produced);
        if (run.Failure is { } failure)
        {
            // A failure reads "<exception type>: <message>"; an error of the mock API already ends with its own hint.
            var hint = LearnerCode.HintFor(failure[..failure.IndexOf(':', StringComparison.Ordinal)], likelyMistake);
            NamedHints.Name(hint);
            throw new InvalidOperationException($"RunConversationAsync threw {failure}{(hint is null ? "" : "\n" + hint)}");
        }

        return run;
    }

    /// <summary>The run as it ended, for checks that expect a failure; the mock's hint for what it threw, if any, is named.</summary>
    public static LoopRun Failed(Produced produced)
    {
        var run = produced.ValueOf("RunConversationAsync").Deserialize<LoopRun>()!;
        MockHints.Name(run.FailureHint);
        return run;
    }

    public static void RequireRequests(LoopRun run, int expected, string why, string? likelyMistake = null) =>
        Lesson.Require(run.Requests.Count == expected, $"The model was called the wrong number of times. {why}",
            Teaching.Count(expected, "request"), Teaching.Count(run.Requests.Count, "request"), likelyMistake);

    public static void RequireConversation(LoopRun run, int requestNumber, params string[] expected)
    {
        var found = run.Requests.Count >= requestNumber ? run.Requests[requestNumber - 1] : null;
        Lesson.Require(found is not null && found.SequenceEqual(expected),
            $"Request {requestNumber} must hold the whole conversation: the earlier messages, then for each round the assistant " +
            "message followed by one tool message per call, with that call's id.",
            string.Join(" | ", expected),
            found is null ? $"{Teaching.Count(run.Requests.Count, "request")} in all" : string.Join(" | ", found),
            ToolCallIdHints.ForConversation(expected, found, ToolLinePrefix));
    }

    // The mock model writes its answer from the tool results it reads as JSON, so a result that is not JSON changes the answer.
    public static void RequireAnswer(LoopRun run, string expected) =>
        Lesson.Require(run.Answer == expected, "RunConversationAsync must return the text of the model's last response.",
            Teaching.Quote(expected), Teaching.Quote(run.Answer),
            run.Results.Values.Select(JsonResultHints.WhenNotJson).FirstOrDefault(hint => hint is not null));

    private static Dictionary<string, ToolFunction> Recorded(List<string>? runs, Dictionary<string, ToolFunction> functions) =>
        functions.ToDictionary(
            entry => entry.Key,
            entry => (ToolFunction)(arguments =>
            {
                runs?.Add($"{entry.Key} {JsonText.Show(arguments)}");
                return entry.Value(arguments);
            }));

    private static JsonNode Schema(string argument) => new JsonObject
    {
        ["type"] = "object",
        ["properties"] = new JsonObject { [argument] = new JsonObject { ["type"] = "string" } },
        ["required"] = new JsonArray(argument),
    };

    private static string Describe(ChatMessage message) => message switch
    {
        { Role: "assistant", ToolCalls: { Count: > 0 } calls } => $"assistant calling {string.Join(", ", calls.Select(call => call.Id))}",
        { Role: "tool" } => ToolLinePrefix + message.ToolCallId,
        _ => message.Role,
    };
}
