using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Exercises;
using Grader.Suites;
using ToolCalling;
using ToolCalling.Testing;

namespace Suites.WeatherCalculator;

/// <summary>One of the learner's tool definitions, as the request would carry it.</summary>
public sealed record DeclaredTool(string Name, string Type, string? Description, JsonNode? Parameters);

/// <summary>
/// What AskAsync produced for one question: its result or what it threw, how many requests the model saw, and
/// the messages after the question in the last request ("assistant calling call_1", "tool answering call_1"), and the
/// content of the first of them that answers a call. When what was thrown is an error of the mock API or a mock model, its
/// hint, so that a check can name it (the code's own words cannot).
/// </summary>
public sealed record AgentRun(
    string Question, string? Answer, int? Rounds, int? ToolCalls, string? Failure, int Requests, List<string> AfterQuestion, string? FirstResult,
    string? FailureHint = null);

/// <summary>The acts' ways of running the learner's agent, and the checks' ways of reading what came back.</summary>
public static class Observations
{
    /// <summary>How a tool message begins in <see cref="AgentRun.AfterQuestion"/>, before the tool_call_id it carries.</summary>
    public const string ToolLinePrefix = "tool answering ";

    public static List<DeclaredTool> Tools() =>
        [.. WeatherCalculatorAgent.Tools.Select(tool => new DeclaredTool(tool.Function.Name, tool.Type, tool.Function.Description, tool.Function.Parameters))];

    /// <summary>Runs one registry function on the arguments and returns its result as JSON text. What it throws reaches the check.</summary>
    public static string CallTool(string name, string arguments)
    {
        using var parsed = JsonDocument.Parse(arguments);
        return JsonSerializer.Serialize(WeatherCalculatorAgent.Registry[name](parsed.RootElement));
    }

    public static List<string> Calculations(params string[] expressions) =>
        [.. expressions.Select(expression => CallTool("calculate", JsonText.Show(new JsonObject { ["expression"] = expression })))];

    public static async Task<AgentRun> Ask(string question, Action<FaultPlan>? faults = null)
    {
        var model = new RuleBasedChatModel();
        faults?.Invoke(model.Faults);
        return await Ask(model, () => model.Requests, question);
    }

    /// <summary>How many requests the <see cref="AskEndless"/> model answers before it throws.</summary>
    public const int EndlessGivesUpAfter = 30;

    /// <summary>Always asks for one more get_weather call; gives up after 30 requests so an agent without a guard fails instead of hanging.</summary>
    public static async Task<AgentRun> AskEndless(string question)
    {
        var model = new TestChatModel();
        model.CompleteAsyncCallback = (request, _) => model.Requests.Count > EndlessGivesUpAfter
            ? throw new InvalidOperationException("The endless model gave up after 30 requests: the agent has no max-rounds guard.")
            : Task.FromResult(ChatCompletionResponse.FromToolCalls([WeatherCall(request, $"call_{model.Requests.Count}")]));
        return await Ask(model, () => model.Requests, question);
    }

    // A get_weather call that fits whatever the agent declared, so this test is only about the guard.
    private static ToolCall WeatherCall(ChatCompletionRequest request, string id)
    {
        var tool = request.Tools?.FirstOrDefault(tool => tool.Function.Name == "get_weather") ?? request.Tools?.FirstOrDefault();
        var arguments = new JsonObject();
        foreach (var name in (tool?.Function.Parameters?["required"] as JsonArray ?? []).Select(item => item?.ToString() ?? ""))
        {
            arguments[name] = tool?.Function.Parameters?["properties"]?[name]?["type"]?.ToString() is "number" or "integer" ? 1 : "Oslo";
        }

        return new ToolCall(id, tool?.Function.Name ?? "get_weather", JsonText.Show(arguments));
    }

    private static async Task<AgentRun> Ask(IChatModel model, Func<IReadOnlyList<ChatCompletionRequest>> requests, string question)
    {
        AgentResult? result = null;
        string? failure = null;
        string? failureHint = null;
        try
        {
            result = await WeatherCalculatorAgent.AskAsync(model, question);
        }
        catch (Exception thrown) when (thrown is not NotImplementedException)
        {
            failure = $"{thrown.GetType().FullName}: {thrown.Message}";
            failureHint = MockHints.Of(thrown);
        }

        var sent = requests();
        var afterQuestion = sent.LastOrDefault()?.Messages.SkipWhile(message => message.Role != "user").Skip(1).ToList() ?? [];
        return new AgentRun(question, result?.Answer, result?.Rounds, result?.ToolCalls, failure, sent.Count, [.. afterQuestion.Select(Describe)],
            afterQuestion.FirstOrDefault(message => message.Role == "tool")?.Content, failureHint);
    }

    private static string Describe(ChatMessage message) => message switch
    {
        { Role: "assistant", ToolCalls: { Count: > 0 } calls } => $"assistant calling {string.Join(", ", calls.Select(call => call.Id))}",
        { Role: "tool" } => ToolLinePrefix + message.ToolCallId,
        _ => message.Role,
    };

    // ---- For the checks ----

    public const string ReturnErrorsHint = "Likely mistake: the tool throws. Return the error object as its result instead.";

    /// <summary>The JSON texts an act returned as a list, one per tool call.</summary>
    public static List<string?> Texts(Produced produced, string member, string? likelyMistake = null) =>
        [.. (produced.ValueOf(member, likelyMistake) as JsonArray ?? []).Select(node => node?.GetValue<string>())];

    public static List<DeclaredTool> ReadTools(Produced produced) =>
        produced.ValueOf("Tools").Deserialize<List<DeclaredTool>>() ?? [];

    public static DeclaredTool RequireTool(List<DeclaredTool> tools, string name)
    {
        var tool = tools.FirstOrDefault(tool => tool.Name == name);
        Lesson.Require(tool?.Parameters is not null, $"Tools must declare \"{name}\" with a parameters schema.",
            $"a tool named \"{name}\" with parameters", $"tools: {string.Join(", ", tools.Select(tool => $"\"{tool.Name}\""))}");
        return tool!;
    }

    /// <param name="optional">The tool's arguments that the table lets the model leave out.</param>
    public static void RequireSchema(DeclaredTool tool, string[] accepted, string[] rejected, string[]? optional = null)
    {
        var validator = SchemaValidator.For(tool.Parameters!);
        foreach (var arguments in accepted)
        {
            var violations = validator.Validate(JsonNode.Parse(arguments));
            Lesson.Require(violations.Count == 0, $"The parameters schema of {tool.Name} rejects arguments that follow the table in README.md.",
                $"{arguments} to be accepted", $"rejected: {string.Join("; ", violations)}", RequiredArgumentHints.WhenValidArgumentsRejected(violations, optional ?? []));
        }

        foreach (var arguments in rejected)
        {
            Lesson.Require(validator.Validate(JsonNode.Parse(arguments)).Count > 0,
                $"The parameters schema of {tool.Name} accepts arguments that break the table in README.md " +
                "(a missing required argument, a wrong type or a unit outside the enum).",
                $"{arguments} to be rejected", "accepted");
        }
    }

    /// <summary>Requires the tool's result to hold <paramref name="expected"/>, numbers within 0.01.</summary>
    public static void RequireResult(Produced produced, string member, JsonObject expected, string what, string? likelyMistake = null) =>
        RequireResult(produced.TextOf(member, likelyMistake), expected, what, likelyMistake);

    /// <summary>Requires the JSON text to hold <paramref name="expected"/>, numbers within 0.01.</summary>
    public static void RequireResult(string? json, JsonObject expected, string what, string? likelyMistake = null)
    {
        var actual = JsonText.TryParse(json, out var node, out _) ? node : null;
        if (actual is JsonObject actualObject)
        {
            foreach (var (name, value) in expected)
            {
                if (value is JsonValue number && number.GetValueKind() == JsonValueKind.Number
                    && actualObject[name] is JsonValue found && found.GetValueKind() == JsonValueKind.Number
                    && Math.Abs(Number(number) - Number(found)) <= 0.01)
                {
                    actualObject[name] = number.DeepClone();
                }
            }
        }

        Lesson.RequireJson(actual is null ? json : JsonText.Show(actual), expected, what, likelyMistake);
    }

    /// <summary>The run; the mock's hint for what it threw, if any, is named, as any check that quotes the failure shows it.</summary>
    public static AgentRun ReadRun(Produced produced) => Named(produced.ValueOf("AskAsync").Deserialize<AgentRun>()!);

    public static List<AgentRun> ReadRuns(Produced produced) => [.. produced.ValueOf("AskAsync").Deserialize<List<AgentRun>>()!.Select(Named)];

    private static AgentRun Named(AgentRun run)
    {
        MockHints.Name(run.FailureHint);
        return run;
    }

    /// <summary>The full name of the exception AskAsync threw, or an empty text when it threw none.</summary>
    public static string FailureType(AgentRun run) => run.Failure is { } failure ? failure[..failure.IndexOf(':', StringComparison.Ordinal)] : "";

    /// <summary>Requires the question's answer and counts; <paramref name="answer"/> null skips the answer.</summary>
    public static void RequireRun(AgentRun run, int rounds, int toolCalls, string? answer, string why, string? likelyMistake = null)
    {
        if (run.Failure is { } failure)
        {
            // A failure reads "<exception type>: <message>"; an error of the mock API already ends with its own hint.
            var hint = LearnerCode.HintFor(FailureType(run), likelyMistake);
            NamedHints.Name(hint);
            throw new InvalidOperationException($"AskAsync threw {failure}{(hint is null ? "" : "\n" + hint)}");
        }

        // A run whose first response asked for tools, and that ended with text after that one request, wrote the text itself.
        Lesson.Require(run.Rounds == rounds && run.ToolCalls == toolCalls,
            $"AskAsync must count the rounds (responses with tool calls that were answered) and the tool calls answered. {why}",
            $"Rounds {rounds}, ToolCalls {toolCalls}", $"Rounds {run.Rounds}, ToolCalls {run.ToolCalls}",
            rounds > 0 ? FaultHints.ForFailingCallAnsweredByTheLoop(run.Requests, run.Answer) : null);
        if (answer is not null)
        {
            Lesson.Require(run.Answer == answer, "AskAsync must return the model's final text as Answer.", Teaching.Quote(answer), Teaching.Quote(run.Answer));
        }
    }

    private static double Number(JsonValue value) => double.Parse(value.ToJsonString(), CultureInfo.InvariantCulture);
}
