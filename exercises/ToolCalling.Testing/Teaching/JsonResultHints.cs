using System.Text.Json;
using System.Text.Json.Nodes;

namespace ToolCalling.Testing;

/// <summary>
/// Recognises a tool result that was not serialized exactly once: sent back as plain text, or serialized a second time.
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
    /// <see cref="CommonMistakes.ResultSerializedTwice"/> when an object or an array was due and <paramref name="found"/> is a
    /// JSON string whose text is an object or an array: JSON text given to JsonSerializer.Serialize again. Otherwise none.
    /// </summary>
    public static string? WhenSerializedTwice(JsonNode? expected, JsonNode? found) =>
        expected is JsonObject or JsonArray
        && found is JsonValue value && value.GetValueKind() == JsonValueKind.String
        && JsonText.TryParse(value.GetValue<string>(), out var inner, out _) && inner is JsonObject or JsonArray
            ? CommonMistakes.ResultSerializedTwice
            : null;
}
