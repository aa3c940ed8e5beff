using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ToolCalling.Testing;

/// <summary>
/// Whether <see cref="SchemaValidator"/> can load a schema. Loading takes milliseconds, and a mock model
/// sees the same tools again on every turn of a conversation, so answers are remembered by schema text.
/// </summary>
internal static class LoadProblems
{
    private const int MaxRemembered = 256;

    private static readonly ConcurrentDictionary<string, string> Remembered = new(StringComparer.Ordinal);

    /// <summary>Why the schema cannot be loaded, or null when it loads.</summary>
    public static string? Of(JsonObject schema)
    {
        string text;
        try
        {
            text = schema.ToJsonString();
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            return Load(schema);
        }

        if (Remembered.TryGetValue(text, out var known))
        {
            return known.Length == 0 ? null : known;
        }

        var problem = Load(schema);
        if (Remembered.Count >= MaxRemembered)
        {
            Remembered.Clear();
        }

        Remembered[text] = problem ?? "";
        return problem;
    }

    private static string? Load(JsonObject schema)
    {
        try
        {
            SchemaValidator.For(schema);
            return null;
        }
        catch (InvalidSchemaException exception)
        {
            return (exception.InnerException ?? exception).Message.Split('\n')[0].Trim();
        }
    }
}
