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
    private readonly JsonSchema _schema;

    private SchemaValidator(JsonSchema schema) => _schema = schema;

    /// <summary>Loads a schema. Throws <see cref="InvalidSchemaException"/> when the library cannot use it.</summary>
    public static SchemaValidator For(JsonNode schema)
    {
        try
        {
            var loaded = JsonSchema.FromJsonAsync(schema.ToJsonString(), documentPath: null, LocalReferencesOnly.Create)
                .GetAwaiter().GetResult();
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
