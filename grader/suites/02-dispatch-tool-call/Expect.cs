using System.Text.Json;
using System.Text.Json.Nodes;
using Grader.Suites;
using ToolCalling.Testing;

namespace Suites.DispatchToolCall;

/// <summary>Checks the shapes the acts of this suite return, without trusting them to be what they should.</summary>
public static class Expect
{
    [GraderOnly]
    public const string Member = "DispatchToolCall";

    /// <summary>Requires each tool in <paramref name="expected"/> to have run that many times, as the act's "calls" object reports.</summary>
    [GraderOnly]
    public static void Called(JsonNode? produced, string problem, params (string Name, int Times)[] expected)
    {
        var calls = produced.ObjectAt("calls");
        var found = expected.Select(tool => (tool.Name, Times: CountAt(calls, tool.Name))).ToList();
        Lesson.Require(found.SequenceEqual(expected), problem, Describe(expected), Describe(found));
    }

    /// <summary>Requires every call a tool received to carry the parsed arguments object. How often it ran is another test's business.</summary>
    [GraderOnly]
    public static void ReceivedParsed(JsonNode? received, string arguments)
    {
        var calls = received as JsonArray ?? [];
        var wrong = calls.FirstOrDefault(call => call is not JsonObject);
        Lesson.Require(calls.Count > 0 && wrong is null && !calls.Contains(null),
            "The function must receive the arguments as a parsed JSON object, not as text.",
            $"an object: {arguments}",
            calls.Count == 0 ? "the function was not called" : $"{wrong.KindName()}: {JsonText.Show(wrong)}",
            wrong?.GetValueKind() == JsonValueKind.String ? CommonMistakes.ArgumentsNotParsed : null);
        var expected = JsonNode.Parse(arguments);
        var difference = calls.Select(call => JsonEquivalence.FindDifference(expected, call)).FirstOrDefault(found => found is not null);
        Lesson.Require(difference is null,
            $"The function must receive exactly the arguments the model sent, but {difference}.", arguments, JsonText.Show(calls));
    }

    /// <summary>Requires every result of an act that dispatched several calls (an array of DispatchToolCall's returns).</summary>
    [GraderOnly]
    public static void Results(Produced produced, string what, string? likelyMistake, params JsonNode?[] expected)
    {
        var results = produced.ValueOf(Member, likelyMistake) as JsonArray;
        Lesson.Require(results?.Count == expected.Length, "The act dispatched several calls but did not get one result per call.",
            $"{expected.Length} results", results is null ? "none" : $"{results.Count}");
        for (var index = 0; index < expected.Length; index++)
        {
            Lesson.RequireJson(Text(results![index]), expected[index], $"{what} (call {index + 1} of {expected.Length})", likelyMistake);
        }
    }

    /// <summary>The string that DispatchToolCall returned, or null when it returned null.</summary>
    [GraderOnly]
    public static string? Text(JsonNode? result) =>
        result is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    [GraderOnly]
    private static int CountAt(JsonObject? calls, string name) =>
        calls?[name] is JsonValue value && value.TryGetValue<int>(out var count) ? count : -1;

    [GraderOnly]
    private static string Describe(IEnumerable<(string Name, int Times)> tools) => string.Join(", ", tools.Select(tool => tool.Times switch
    {
        < 0 => $"{tool.Name} unknown",
        0 => $"{tool.Name} not called",
        1 => $"{tool.Name} called once",
        _ => $"{tool.Name} called {tool.Times} times",
    }));
}
