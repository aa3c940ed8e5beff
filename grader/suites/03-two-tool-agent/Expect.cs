using System.Text.Json;
using System.Text.Json.Nodes;
using Exercises;
using Grader.Suites;
using ToolCalling.Testing;

namespace Suites.TwoToolAgent;

/// <summary>Reads what ProcessToolCalls and the Registry produced, failing with a clear message on any unexpected shape.</summary>
public static class Expect
{
    [GraderOnly]
    public const string Process = "ProcessToolCalls";

    [GraderOnly]
    public const string LimitHint =
        "Likely mistake: limit is optional. When the arguments have no \"limit\", use 5 (JsonElement.TryGetProperty tells you whether it is there).";

    /// <summary>
    /// The result of a get_order_history call without a limit. When it threw, the limit hint is named only if the same
    /// call with a limit worked: otherwise something else made it throw, such as an argument read by another name.
    /// </summary>
    [GraderOnly]
    public static JsonNode? ResultWithoutLimit(WithoutLimit run) => run.ExceptionType is { } type
        ? throw new ProducedException(LearnerCode.DescribeFailure("The get_order_history tool", type, run.ExceptionMessage ?? "",
            run.WorksWithALimit ? LimitHint : ArgumentNameHints.For(type, run.ExceptionMessage)))
        : run.Result;

    /// <summary>The tool messages in <paramref name="produced"/>, once there is exactly one per call.</summary>
    [GraderOnly]
    public static IReadOnlyList<(string? Id, string? Content)> Messages(JsonNode? produced, int calls)
    {
        Lesson.Require(produced is JsonArray, "ProcessToolCalls must return a list of tool messages, even an empty one.",
            "a list", produced.KindName());
        var messages = (JsonArray)produced!;
        Lesson.Require(messages.Count == calls, "ProcessToolCalls must return exactly one tool message per tool call.",
            Teaching.Count(calls, "message"), Teaching.Count(messages.Count, "message"));
        return messages.Select(message => (message.StringAt("tool_call_id"), message.StringAt("content"))).ToList();
    }

    [GraderOnly]
    public static void Ids(IReadOnlyList<(string? Id, string? Content)> messages, params string[] ids)
    {
        var found = messages.Select(message => message.Id).ToList();
        Lesson.Require(found.SequenceEqual(ids),
            "Each tool message must carry the id of the call it answers, in the order of the calls.",
            $"tool_call_id: {string.Join(", ", ids.Select(Teaching.Quote))}",
            $"tool_call_id: {string.Join(", ", found.Select(Teaching.Quote))}",
            ToolCallIdHints.For(ids, found));
    }

    /// <summary>
    /// Requires the content of each message, in order, to be the JSON given for it. A content that should be an
    /// unknown-function error names that mistake; an unknown-function error where a result was due means the calls ran
    /// through another registry than the test's; the result of another call means the message answers the wrong call;
    /// any other content names <paramref name="likelyMistake"/>.
    /// </summary>
    [GraderOnly]
    public static void Contents(IReadOnlyList<(string? Id, string? Content)> messages, string? likelyMistake, params JsonNode?[] expected)
    {
        RequireCallOrder(messages, expected);
        for (var index = 0; index < expected.Length; index++)
        {
            var isError = expected[index] is JsonObject { Count: 1 } error && error.ContainsKey("error");
            Lesson.RequireJson(messages[index].Content, expected[index],
                $"The content of message {index + 1} (for the call {Teaching.Quote(messages[index].Id)})",
                isError
                    ? CommonMistakes.UnknownFunctionNotHandled
                    : RegistryHints.ForResult(messages[index].Content)
                        ?? ToolCallIdHints.ForContent(messages[index].Content, expected.Where((_, other) => other != index))
                        ?? likelyMistake);
        }
    }

    /// <summary>
    /// Requires the contents, when every one of them is there, to be in the places of their calls. Compared only by
    /// position, results that are all right but out of order would each be blamed on a wrong id or a wrong result.
    /// </summary>
    private static void RequireCallOrder(IReadOnlyList<(string? Id, string? Content)> messages, JsonNode?[] expected)
    {
        var unused = Enumerable.Range(0, messages.Count).ToList();
        var moved = false;
        for (var index = 0; index < expected.Length; index++)
        {
            var at = unused.Contains(index) && Holds(messages[index].Content, expected[index])
                ? index
                : unused.FirstOrDefault(other => Holds(messages[other].Content, expected[index]), -1);
            if (at < 0)
            {
                return; // a content that is wrong, not just misplaced: the checks by position name it
            }

            unused.Remove(at);
            moved |= at != index;
        }

        Lesson.Require(!moved, "ProcessToolCalls must return the tool messages in the order of the calls: every result is there, but not in the place of its call.",
            "the results in the order of the calls", "the same results in another order", CommonMistakes.ToolMessagesOutOfOrder);
    }

    private static bool Holds(string? content, JsonNode? expected) =>
        JsonText.TryParse(content, out var node, out _) && JsonEquivalence.FindDifference(expected, node) is null;

    /// <summary>Requires a registry tool's result (already JSON) to hold the same data as <paramref name="expected"/>.</summary>
    [GraderOnly]
    public static void SameData(JsonNode? actual, object expected, string what, string? likelyMistake = null)
    {
        var expectedJson = JsonSerializer.SerializeToNode(expected);
        var difference = JsonEquivalence.FindDifference(expectedJson, actual);
        var serializedEarly = actual?.GetValueKind() == JsonValueKind.String
            ? " It returned text: return the shop's own value and leave serializing to ProcessToolCalls." : "";
        Lesson.Require(difference is null, $"{what} is not what the shop returns: {difference}.{serializedEarly}",
            JsonText.Show(expectedJson), JsonText.Show(actual), JsonResultHints.WhenSerializedTwice(expectedJson, actual) ?? likelyMistake);
    }

    /// <summary>Requires a get_order_history result without a limit to be the shop's five latest orders.</summary>
    [GraderOnly]
    public static void DefaultOrders(JsonNode? actual, string userId, string what) =>
        SameData(actual, Orders(userId, 5), what, actual is JsonArray { Count: not 5 } ? LimitHint : null);

    /// <summary>The results of an act that ran several tools, one per expected value.</summary>
    [GraderOnly]
    public static JsonArray Results(JsonNode? produced, int count)
    {
        Lesson.Require(produced is JsonArray { Count: var found } && found == count, "The act ran several tools but did not get one result per tool.",
            $"{count} results", produced.KindName());
        return (JsonArray)produced!;
    }

    /// <summary>The hint for a shop tool that read an argument by a name other than user_id or limit, when that is what it threw.</summary>
    [GraderOnly]
    public static string? ArgumentNameHint(Produced produced) => ArgumentNameHints.For(produced.ExceptionType, produced.ExceptionMessage);

    /// <summary>
    /// The unknown-function hint for a test with unknown names, unless the code threw because a function got its
    /// arguments as text: then no hint is named, and the unparsed-arguments hint is recognised from the exception.
    /// </summary>
    [GraderOnly]
    public static string? UnknownFunctionHint(Produced produced) =>
        produced.ExceptionType == typeof(InvalidOperationException).FullName
            && produced.ExceptionMessage?.Contains("'String'", StringComparison.Ordinal) == true
            ? null
            : CommonMistakes.UnknownFunctionNotHandled;

    [GraderOnly]
    public static JsonObject Error(string name) => new() { ["error"] = $"Unknown function: {name}" };

    [GraderOnly]
    public static JsonObject WeatherIn(string city) => new() { ["city"] = city, ["temperature"] = city.Length * 3 };

    [GraderOnly]
    public static JsonNode? Json(object value) => JsonSerializer.SerializeToNode(value);

    [GraderOnly]
    public static ShopUser User(string userId) => Exercises.Shop.LookupUser(userId);

    [GraderOnly]
    public static IReadOnlyList<ShopOrder> Orders(string userId, int limit) => Exercises.Shop.GetOrderHistory(userId, limit);
}
