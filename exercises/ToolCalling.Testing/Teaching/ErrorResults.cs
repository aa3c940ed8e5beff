using System.Text.Json.Nodes;

namespace ToolCalling.Testing;

/// <summary>
/// Tool results that report a failure. Every exercise writes them the same way, as an object whose one property is
/// an "error" text: <c>{"error": "Unknown function: fly_to_moon"}</c>.
/// </summary>
public static class ErrorResults
{
    private const string AnyError = "{\"error\": \"...\"}";

    /// <summary>The "error" text of <paramref name="content"/>, or null when it is not such an object.</summary>
    public static string? TextOf(string? content) =>
        JsonText.TryParse(content, out var node, out _) && node is JsonObject { Count: 1 } ? node.StringAt("error") : null;

    /// <summary>Requires an error object whose text is not empty, for a failure whose message the test leaves open.</summary>
    /// <param name="missing">What to show as found when there is no content at all.</param>
    /// <param name="likelyMistake">The hint, when the caller knows more than the content tells; otherwise one for a result that is not JSON.</param>
    public static void RequireAny(string? content, string problem, string missing = "null", string? likelyMistake = null) =>
        Lesson.Require(!string.IsNullOrEmpty(TextOf(content)), problem, AnyError, content ?? missing, likelyMistake ?? JsonResultHints.WhenNotJson(content));

    /// <summary>Requires an error object whose text starts with one of <paramref name="starts"/>, for a call that breaks more than one rule.</summary>
    public static void RequireStartingWithAny(string? content, IReadOnlyList<string> starts, string problem, string missing = "null") =>
        Lesson.Require(TextOf(content) is { } text && starts.Any(start => text.StartsWith(start, StringComparison.Ordinal)), problem,
            string.Join(" or ", starts.Select(start => $"{{\"error\": \"{start}...\"}}")), content ?? missing, JsonResultHints.WhenNotJson(content));

    /// <summary>Requires an error object whose text starts with <paramref name="start"/>, for a message that ends with details of its own.</summary>
    public static void RequireStartingWith(string? content, string start, string problem, string missing = "null", string? likelyMistake = null) =>
        Lesson.Require(TextOf(content)?.StartsWith(start, StringComparison.Ordinal) == true, problem,
            $"{{\"error\": \"{start}...\"}}", content ?? missing, likelyMistake ?? JsonResultHints.WhenNotJson(content));
}
