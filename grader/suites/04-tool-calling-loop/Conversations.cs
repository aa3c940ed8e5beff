using System.Data;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Exercises;
using Grader.Suites;
using ToolCalling;
using ToolCalling.Testing;

namespace Suites.ToolLoop;

/// <summary>
/// What one run of the learner's loop produced: the answer or what it threw, each request's messages in
/// short form ("user", "assistant calling call_1, call_2", "tool answering call_1"), the tool names each
/// request declared, the tool results of the last request by tool_call_id, and every function run. When what was thrown
/// is an error of the mock API or a mock model, its hint, so that a check can name it (the code's own words cannot).
/// </summary>
public sealed record LoopRun(
    string? Answer,
    string? Failure,
    List<List<string>> Requests,
    List<string> ToolsSent,
    Dictionary<string, string?> Results,
    List<string> FunctionRuns,
    string? FailureHint = null);

/// <summary>Questions, tools and fake functions for the acts, and the checks' shared ways of reading a <see cref="LoopRun"/>.</summary>
public static class Conversations
{
    private const string ToolLinePrefix = "tool answering ";

    private static readonly Dictionary<string, (int Temperature, string Condition)> Weather = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Tokyo"] = (22, "sunny"),
        ["London"] = (15, "cloudy"),
        ["New York"] = (18, "windy"),
        ["Lima"] = (19, "misty"),
        ["Nairobi"] = (24, "clear"),
    };

    public static ChatCompletionRequest Ask(string question, params ChatMessage[] before) => new()
    {
        Messages = [.. before, ChatMessage.User(question)],
        Tools =
        [
            Tool("get_weather", "Get the current weather in a city.", ("city", "string")),
            Tool("get_time", "Get the local time in a city.", ("city", "string")),
            Tool("calculate", "Evaluate an arithmetic expression such as (2 + 3) * 4.", ("expression", "string")),
        ],
    };

    /// <summary>get_weather, get_time and calculate; the calculator only knows the expressions the acts script.</summary>
    public static Dictionary<string, ToolFunction> Registry() => new()
    {
        ["get_weather"] = arguments =>
        {
            var city = arguments.GetProperty("city").GetString()!;
            var (temperature, condition) = Weather[city];
            return new { city, temperature, unit = "celsius", condition };
        },
        ["get_time"] = arguments => arguments.GetProperty("city").GetString() == "Tokyo" ? "21:30" : "13:30",
        ["calculate"] = arguments => new { result = Calculate(arguments.GetProperty("expression").GetString()!) },
    };

    /// <summary>How many requests <see cref="Endless"/> answers before it gives up.</summary>
    public const int EndlessGivesUpAfter = 30;

    /// <summary>Always asks for one more get_weather call; gives up after 30 requests so a loop without a guard fails instead of hanging.</summary>
    public static TestChatModel Endless()
    {
        var model = new TestChatModel();
        model.CompleteAsyncCallback = (_, _) => model.Requests.Count > EndlessGivesUpAfter
            ? throw new InvalidOperationException("The endless model gave up after 30 requests: the loop has no max-rounds guard.")
            : Task.FromResult(ChatCompletionResponse.FromToolCalls(
                [new ToolCall($"call_{model.Requests.Count}", "get_weather", """{"city":"Lima"}""")]));
        return model;
    }

    /// <summary>Runs the learner's loop and records what happened. NotImplementedException passes through, so the grader reports it as such.</summary>
    public static async Task<LoopRun> Run(
        IChatModel model, ChatCompletionRequest request, Dictionary<string, ToolFunction>? registry = null, int? maxRounds = null,
        CancellationToken cancellationToken = default)
    {
        var runs = new List<string>();
        var recording = (registry ?? Registry()).ToDictionary(
            entry => entry.Key,
            entry => (ToolFunction)(arguments =>
            {
                runs.Add($"{entry.Key} {JsonText.Show(arguments)}");
                return entry.Value(arguments);
            }));

        string? answer = null;
        string? failure = null;
        string? failureHint = null;
        try
        {
            answer = maxRounds is { } rounds
                ? await ToolCallingLoop.RunConversationAsync(model, request, recording, rounds, cancellationToken)
                : await ToolCallingLoop.RunConversationAsync(model, request, recording, cancellationToken: cancellationToken);
        }
        catch (Exception thrown) when (thrown is not NotImplementedException)
        {
            failure = $"{thrown.GetType().FullName}: {thrown.Message}";
            failureHint = MockHints.Of(thrown);
        }

        var requests = RequestsOf(model);
        return new LoopRun(
            answer,
            failure,
            requests.Select(sent => sent.Messages.Select(Describe).ToList()).ToList(),
            requests.Select(sent => string.Join(", ", sent.Tools?.Select(tool => tool.Function.Name) ?? [])).ToList(),
            requests.LastOrDefault()?.Messages.Where(message => message.Role == "tool" && message.ToolCallId is not null)
                .GroupBy(message => message.ToolCallId!).ToDictionary(group => group.Key, group => group.Last().Content) ?? [],
            runs,
            failureHint);
    }

    // ---- For the checks ----

    /// <summary>The run; the mock's hint for what it threw, if any, is named, as any check that quotes the failure shows it.</summary>
    public static LoopRun Read(Produced produced)
    {
        var run = produced.ValueOf("RunConversationAsync").Deserialize<LoopRun>()
            ?? throw new InvalidOperationException("The act produced nothing to check.");
        MockHints.Name(run.FailureHint);
        return run;
    }

    /// <summary>The run, which must have ended with a text answer.</summary>
    public static LoopRun Finished(Produced produced, string? likelyMistake = null)
    {
        var run = Read(produced);
        if (run.Failure is { } failure)
        {
            // A failure reads "<exception type>: <message>"; an error of the mock API already ends with its own hint.
            var hint = LearnerCode.HintFor(failure[..failure.IndexOf(':', StringComparison.Ordinal)], likelyMistake);
            NamedHints.Name(hint);
            throw new InvalidOperationException($"RunConversationAsync threw {failure}{(hint is null ? "" : "\n" + hint)}");
        }

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

    public static void RequireResult(LoopRun run, string toolCallId, JsonNode? expected, string what, string? likelyMistake = null)
    {
        Lesson.Require(run.Results.ContainsKey(toolCallId), $"The conversation has no tool message answering {toolCallId}.",
            $"a tool message with tool_call_id {toolCallId}", $"tool messages for: {string.Join(", ", run.Results.Keys)}",
            CommonMistakes.ToolCallIdMismatched);
        Lesson.RequireJson(run.Results[toolCallId], expected, what, likelyMistake);
    }

    public static void RequireAnswer(LoopRun run, string expected) =>
        Lesson.Require(run.Answer == expected, "RunConversationAsync must return the text of the model's last response.",
            Teaching.Quote(expected), Teaching.Quote(run.Answer));

    private static IReadOnlyList<ChatCompletionRequest> RequestsOf(IChatModel model) => model switch
    {
        ScriptedChatModel scripted => scripted.Requests,
        RuleBasedChatModel ruleBased => ruleBased.Requests,
        TestChatModel test => test.Requests,
        _ => [],
    };

    private static string Describe(ChatMessage message) => message switch
    {
        { Role: "assistant", ToolCalls: { Count: > 0 } calls } => $"assistant calling {string.Join(", ", calls.Select(call => call.Id))}",
        { Role: "tool" } => ToolLinePrefix + message.ToolCallId,
        _ => message.Role,
    };

    private static ToolDefinition Tool(string name, string description, (string Name, string Type) argument) =>
        ToolDefinition.ForFunction(name, description, new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject { [argument.Name] = new JsonObject { ["type"] = argument.Type } },
            ["required"] = new JsonArray(argument.Name),
        });

    private static double Calculate(string expression) =>
        Convert.ToDouble(new DataTable().Compute(expression, null), CultureInfo.InvariantCulture);
}
