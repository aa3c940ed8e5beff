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

    private static readonly ConcurrentDictionary<string, InvalidSchemaException?> Remembered = new(StringComparer.Ordinal);

    /// <summary>
    /// Why the schema cannot be loaded, or null when it loads. A place in the schema is named under
    /// <paramref name="schemaPath"/>, the path of the schema itself, such as <c>$.function.parameters</c>.
    /// </summary>
    public static string? Of(JsonObject schema, string schemaPath)
    {
        string text;
        try
        {
            text = schema.ToJsonString();
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            return Describe(Load(schema), schemaPath);
        }

        if (!Remembered.TryGetValue(text, out var problem))
        {
            problem = Load(schema);
            if (Remembered.Count >= MaxRemembered)
            {
                Remembered.Clear();
            }

            Remembered[text] = problem;
        }

        return Describe(problem, schemaPath);
    }

    private static InvalidSchemaException? Load(JsonObject schema)
    {
        try
        {
            SchemaValidator.For(schema);
            return null;
        }
        catch (InvalidSchemaException exception)
        {
            return exception;
        }
    }

    private static string? Describe(InvalidSchemaException? problem, string schemaPath) => problem switch
    {
        null => null,
        { Hazard: { } hazard } => (hazard with { Path = schemaPath + hazard.Path[1..] }).ToString(),
        _ => (problem.InnerException ?? problem).Message.Split('\n')[0].Trim(),
    };
}
