using System.Text.Json;
using System.Text.Json.Nodes;

namespace ToolCalling.Testing;

/// <summary>Parses JSON text that came from code under test, turning every failure into a readable reason.</summary>
public static class JsonText
{
    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false, MaxDepth = 64 };

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
        catch (ArgumentException)
        {
            // What Parse throws for a string that cannot become UTF-8: one holding half of a surrogate pair.
            error = "it is not valid JSON (it holds half of a surrogate pair, as text cut inside an emoji does)";
            return false;
        }
    }

    /// <summary>Compact single-line JSON for messages, escaped only where JSON requires it; <c>null</c> prints as <c>null</c>.</summary>
    public static string Show(JsonNode? node) => WireJson.WriteNode(node);

    /// <summary>Compact single-line JSON for messages, from a <see cref="JsonElement"/>.</summary>
    public static string Show(JsonElement element) => WireJson.WriteNode(JsonNode.Parse(element.GetRawText()));

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }
}
