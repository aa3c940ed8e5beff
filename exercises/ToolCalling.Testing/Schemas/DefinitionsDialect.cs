using System.Text.Json.Nodes;

namespace ToolCalling.Testing;

/// <summary>
/// Spells "$defs" as "definitions" for the validator library. Both are valid JSON Schema, but the library does not
/// resolve a "$ref" that goes from one "$defs" entry to another, and then fails on a schema that is fine; with
/// "definitions" it does.
/// </summary>
internal static class DefinitionsDialect
{
    private const string Defs = "$defs";
    private const string Definitions = "definitions";

    /// <summary>A copy of <paramref name="schema"/> in the library's spelling; the schema itself is not changed.</summary>
    public static JsonNode Prepare(JsonNode schema)
    {
        var copy = schema.DeepClone();
        Respell(copy);
        return copy;
    }

    private static void Respell(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject schema:
                if (schema[Defs] is JsonObject defs && !schema.ContainsKey(Definitions))
                {
                    schema.Remove(Defs);
                    schema[Definitions] = defs;
                }

                if (JsonKinds.AsString(schema["$ref"]) is { } reference && reference.StartsWith('#'))
                {
                    schema["$ref"] = reference.Replace($"/{Defs}/", $"/{Definitions}/", StringComparison.Ordinal);
                }

                foreach (var child in schema.Select(property => property.Value).ToList())
                {
                    Respell(child);
                }

                break;
            case JsonArray items:
                foreach (var item in items)
                {
                    Respell(item);
                }

                break;
        }
    }
}
