using System.Text.Json;

namespace Grader.Scenarios;

/// <summary>
/// What grading a scenario must show: in which exercise, which words a test's message carries, the exercise's
/// status, whether it still earns full marks or else exactly which score, whether only a sandbox can make it hold,
/// and which words no hidden test's message may carry.
/// </summary>
public sealed record ScenarioExpectation(string Exercise, string? Message, string? Status, bool FullMarks, double? Score, bool NeedsSandbox)
{
    /// <summary>Words that the code puts where a report could show them, and that only visible tests may show.</summary>
    public IReadOnlyList<string> NeverInHiddenTests { get; init; } = [];

    /// <summary>Words that no test may show, such as the inputs of hidden tests that the code tries to pass on.</summary>
    public IReadOnlyList<string> NeverShown { get; init; } = [];

    public static ScenarioExpectation Read(JsonElement expect) => new(
        expect.GetProperty("exercise").GetString()!,
        expect.TryGetProperty("message", out var message) ? message.GetString() : null,
        expect.TryGetProperty("status", out var status) ? status.GetString() : null,
        expect.TryGetProperty("full_marks", out var full) && full.GetBoolean(),
        expect.TryGetProperty("score", out var score) ? score.GetDouble() : null,
        expect.TryGetProperty("needs_sandbox", out var sandbox) && sandbox.GetBoolean())
    {
        NeverInHiddenTests = Words(expect, "never_in_hidden_tests"),
        NeverShown = Words(expect, "never_shown"),
    };

    private static List<string> Words(JsonElement expect, string property) =>
        expect.TryGetProperty(property, out var words) ? words.EnumerateArray().Select(item => item.GetString()!).ToList() : [];
}
