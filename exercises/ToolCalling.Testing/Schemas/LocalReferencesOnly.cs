using NJsonSchema;
using NJsonSchema.References;

namespace ToolCalling.Testing;

/// <summary>Resolves only references inside the schema itself: nothing here may read files or the network.</summary>
internal sealed class LocalReferencesOnly(JsonSchemaAppender appender) : JsonReferenceResolver(appender)
{
    public static JsonReferenceResolver Create(JsonSchema schema) =>
        new LocalReferencesOnly(new JsonSchemaAppender(schema, new DefaultTypeNameGenerator()));

    public override Task<IJsonReference> ResolveFileReferenceAsync(string filePath, CancellationToken cancellationToken = default) =>
        throw new InvalidSchemaException($"\"$ref\" to the file \"{filePath}\" is not allowed: keep every definition inside the schema.");

    public override Task<IJsonReference> ResolveUrlReferenceAsync(string url, CancellationToken cancellationToken = default) =>
        throw new InvalidSchemaException($"\"$ref\" to \"{url}\" is not allowed: keep every definition inside the schema.");
}
