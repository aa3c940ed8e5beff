using System.Text.Json;
using System.Text.Json.Nodes;

namespace ToolCalling.Testing;

/// <summary>Reads values out of JSON produced by code under test without throwing on unexpected shapes.</summary>
public static class JsonRead
{
    /// <summary>The string at <paramref name="name"/>, or null when it is missing or not a string.</summary>
    public static string? StringAt(this JsonNode? node, string name) =>
        node is JsonObject obj && obj[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String
            ? value.GetValue<string>()
            : null;

    /// <summary>The object at <paramref name="name"/>, or null when it is missing or not an object.</summary>
    public static JsonObject? ObjectAt(this JsonNode? node, string name) => (node as JsonObject)?[name] as JsonObject;

    /// <summary>"an object", "a string", ... for messages; "null" for JSON null or a missing node.</summary>
    public static string KindName(this JsonNode? node) => node?.GetValueKind() switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
