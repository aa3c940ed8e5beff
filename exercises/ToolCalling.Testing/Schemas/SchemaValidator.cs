using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.Validation;

namespace ToolCalling.Testing;

/// <summary>
/// Checks JSON values against a JSON Schema. This is the one place that knows which validator library
/// does the work, so it can be swapped without touching callers.
/// </summary>
public sealed class SchemaValidator
{
    // Loading a schema takes milliseconds, and mock models check the same tools' arguments on every turn of
    // every conversation, so loaded schemas are remembered by their text. A loaded schema is only read from.
    private const int MaxRemembered = 256;
    private static readonly ConcurrentDictionary<string, SchemaValidator> Loaded = new(StringComparer.Ordinal);

    private readonly JsonSchema _schema;

    private SchemaValidator(JsonSchema schema) => _schema = schema;

    /// <summary>Loads a schema. Throws <see cref="InvalidSchemaException"/> when the library cannot use it.</summary>
    public static SchemaValidator For(JsonNode schema)
    {
        var text = schema.ToJsonString();
        if (Loaded.TryGetValue(text, out var known))
        {
            return known;
        }

        var validator = Load(schema, text);
        if (Loaded.Count >= MaxRemembered)
        {
            Loaded.Clear();
        }

        return Loaded.GetOrAdd(text, validator);
    }

    private static SchemaValidator Load(JsonNode schema, string text)
    {
        // Checked before NJsonSchema sees the schema: it would follow such a loop until the stack overflows.
        if (schema is JsonObject root && InPlaceChains.Find(root, "$") is [var hazard, ..])
        {
            throw new InvalidSchemaException($"The schema cannot be used: {hazard}");
        }

        try
        {
            var loaded = JsonSchema.FromJsonAsync(text, documentPath: null, LocalReferencesOnly.Create).GetAwaiter().GetResult();
            return new SchemaValidator(loaded);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            throw new InvalidSchemaException($"The schema cannot be loaded: {exception.Message}", exception);
        }
    }

    /// <summary>Every way <paramref name="instance"/> breaks the schema; empty when it is valid.</summary>
    public IReadOnlyList<SchemaViolation> Validate(JsonNode? instance)
    {
        var errors = _schema.Validate(instance?.ToJsonString() ?? "null");
        return errors.SelectMany(Flatten).Select(ToViolation).ToList();
    }

    private static IEnumerable<ValidationError> Flatten(ValidationError error) => error is ChildSchemaValidationError child
        ? new[] { error }.Concat(child.Errors.Values.SelectMany(errors => errors).SelectMany(Flatten))
        : [error];

    private static SchemaViolation ToViolation(ValidationError error) =>
        new(ToJsonPath(error.Path), ViolationText.Describe(error.Kind, error.Property));

    private static string ToJsonPath(string? pointer)
    {
        var path = "$";
        foreach (var segment in (pointer ?? "#").TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            path = int.TryParse(segment, out var index) ? JsonPath.Index(path, index) : JsonPath.Property(path, segment);
        }

        return path;
    }
}
