using System.Text.Json;
using System.Text.Json.Nodes;

namespace ToolCalling.Testing;

/// <summary>
/// Recognises a tool result that was not serialized exactly once: sent back as plain text, turned into text before it was
/// serialized, or serialized a second time.
/// </summary>
public static class JsonResultHints
{
    /// <summary>
    /// <see cref="CommonMistakes.ResultNotJson"/> when <paramref name="content"/> is text that is not JSON, such as
    /// "Error: ...". None for null (no result was sent, which the failure says by itself) or for JSON of the wrong shape.
    /// </summary>
    public static string? WhenNotJson(string? content) =>
        content is not null && !JsonText.TryParse(content, out _, out _) ? CommonMistakes.ResultNotJson : null;

    /// <summary>
    /// <see cref="CommonMistakes.ResultSerializedTwice"/> when <paramref name="found"/> is a JSON string whose text is JSON text
    /// given to JsonSerializer.Serialize again: an object or an array where one was due, or the JSON text of the very string
    /// that was due, such as <c>"\"Sunny\""</c> for <c>"Sunny"</c>. Otherwise none: digits found as text where a number was
    /// due may as well come from ToString(), which <see cref="WhenTurnedIntoText"/> names.
    /// </summary>
    public static string? WhenSerializedTwice(JsonNode? expected, JsonNode? found) =>
        IsString(found, out var text) && JsonText.TryParse(text, out var inner, out _)
        && (expected is JsonObject or JsonArray
            ? inner is JsonObject or JsonArray
            : IsString(expected, out _) && JsonEquivalence.AreEquivalent(expected, inner))
            ? CommonMistakes.ResultSerializedTwice
            : null;

    /// <summary>
    /// <see cref="CommonMistakes.ResultNotJson"/> when an object, an array, a number or a boolean was due and
    /// <paramref name="found"/> is a JSON string, such as <c>"{ city = Paris }"</c> or <c>"42"</c>: the value was turned
    /// into text, with ToString() for example, before it was serialized. Otherwise none.
    /// </summary>
    public static string? WhenTurnedIntoText(JsonNode? expected, JsonNode? found) =>
        expected is not null && !IsString(expected, out _) && IsString(found, out _) ? CommonMistakes.ResultNotJson : null;

    private static bool IsString(JsonNode? node, out string text)
    {
        var isString = node is JsonValue value && value.GetValueKind() == JsonValueKind.String;
        text = isString ? node!.GetValue<string>() : "";
        return isString;
    }
}
