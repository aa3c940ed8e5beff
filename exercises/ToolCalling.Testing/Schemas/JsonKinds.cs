using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ToolCalling.Testing;

/// <summary>Safe questions about JSON nodes of unknown shape; none of these throws.</summary>
internal static class JsonKinds
{
    public static JsonValueKind KindOf(JsonNode? node) => node?.GetValueKind() ?? JsonValueKind.Null;

    /// <summary>The kind as the API names it in "expected a string, but got an integer instead".</summary>
    public static string ApiName(JsonNode? node) => KindOf(node) switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => IsInteger(node) ? "an integer" : "a decimal number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    public static string? AsString(JsonNode? node)
    {
        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
        {
            return null;
        }

        try
        {
            return value.GetValue<string>();
        }
        catch (InvalidOperationException)
        {
            // A string with a broken \u escape; show it as unreadable rather than fail.
            return "\uFFFD";
        }
    }

    public static bool? AsBoolean(JsonNode? node) => KindOf(node) switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    public static bool TryGetNumber(JsonNode? node, out double number)
    {
        number = 0;
        return KindOf(node) == JsonValueKind.Number
            && double.TryParse(node!.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number);
    }

    /// <summary>JSON Schema's idea of an integer: a number with no fraction, so 2.0 counts.</summary>
    public static bool IsInteger(JsonNode? node) =>
        TryGetNumber(node, out var number) && double.IsFinite(number) && Math.Floor(number) == number;

    /// <summary>A short single-line rendering for messages, cut if long.</summary>
    public static string Show(JsonNode? node)
    {
        string text;
        try
        {
            text = node?.ToJsonString() ?? "null";
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            return ApiName(node);
        }

        return text.Length <= 80 ? text : text[..77] + "...";
    }
}
