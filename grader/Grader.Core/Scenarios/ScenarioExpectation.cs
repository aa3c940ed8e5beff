using System.Text.Json;

namespace Grader.Scenarios;

/// <summary>
/// What grading a scenario must show: in which exercise, which words a test's message carries, the exercise's
/// status, whether it still earns full marks or else exactly which score, and whether only a sandbox can make it hold.
/// </summary>
public sealed record ScenarioExpectation(string Exercise, string? Message, string? Status, bool FullMarks, double? Score, bool NeedsSandbox)
{
    public static ScenarioExpectation Read(JsonElement expect) => new(
        expect.GetProperty("exercise").GetString()!,
        expect.TryGetProperty("message", out var message) ? message.GetString() : null,
        expect.TryGetProperty("status", out var status) ? status.GetString() : null,
        expect.TryGetProperty("full_marks", out var full) && full.GetBoolean(),
        expect.TryGetProperty("score", out var score) ? score.GetDouble() : null,
        expect.TryGetProperty("needs_sandbox", out var sandbox) && sandbox.GetBoolean());
}
