using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ToolCalling.Testing;

/// <summary>Parses JSON text that came from code under test, turning every failure into a readable reason.</summary>
public static class JsonText
{
    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false, MaxDepth = 64 };

    // For messages people read: keep accents and quotes as they are instead of \uXXXX escapes.
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static bool TryParse(string? text, out JsonNode? node, out string error)
    {
        node = null;
        if (text is null)
        {
            error = "it is null";
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(text, Strict);
            node = JsonNode.Parse(document.RootElement.GetRawText());
            error = "";
            return true;
        }
        catch (JsonException exception)
        {
            error = $"it is not valid JSON ({FirstSentence(exception.Message)})";
            return false;
        }
    }

    /// <summary>Compact single-line JSON for messages; <c>null</c> prints as <c>null</c>.</summary>
    public static string Show(JsonNode? node) => node?.ToJsonString(Readable) ?? "null";

    /// <summary>Compact single-line JSON for messages, from a <see cref="JsonElement"/>.</summary>
    public static string Show(JsonElement element) => JsonSerializer.Serialize(element, Readable);

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }
}
