using System.Text.Json.Nodes;
using NJsonSchema;

namespace ToolCalling.Testing;

/// <summary>
/// The subschemas of keywords the validator library ignores ("contains", "if", "then", "else", "propertyNames",
/// "dependentSchemas", the names "dependentRequired" lists, and a "$ref" with keywords beside it), moved on a copy into
/// the "definitions" of the schema object that holds them, under names no schema of a learner uses. There the library
/// loads them and resolves their "$ref"s like any other schema, and <see cref="OwnKeywordChecks"/> finds them on the
/// loaded schema object.
/// </summary>
internal static class HeldSubschemas
{
    public static readonly IReadOnlyList<string> Single = ["contains", "if", "then", "else", "propertyNames"];
    public const string DependentSchemas = "dependentSchemas";
    public const string DependentRequired = "dependentRequired";

    // A control character keeps these names apart from any a learner writes by hand.
    private const string Prefix = "\u0001held:";
    private const string Definitions = "definitions";

    /// <summary>Rewrites <paramref name="root"/> in place: call it on a copy, never on the learner's schema.</summary>
    public static void Hold(JsonObject root)
    {
        var holders = SchemaTree.AllSchemas(root, SchemaLocation.Root("$")).Select(found => found.Schema).ToList();
        foreach (var schema in holders)
        {
            foreach (var keyword in Single.Where(schema.ContainsKey).ToList())
            {
                Put(schema, keyword, Take(schema, keyword));
            }

            if (schema[DependentSchemas] is JsonObject dependentSchemas)
            {
                schema.Remove(DependentSchemas);
                foreach (var name in dependentSchemas.Select(entry => entry.Key).ToList())
                {
                    Move(schema, Key(DependentSchemas, name), Take(dependentSchemas, name));
                }
            }

            // As {"required": [...]}, so that the library reads the list of names for us.
            if (schema[DependentRequired] is JsonObject dependentRequired)
            {
                schema.Remove(DependentRequired);
                foreach (var name in dependentRequired.Select(entry => entry.Key).ToList())
                {
                    Move(schema, Key(DependentRequired, name), new JsonObject { ["required"] = Take(dependentRequired, name) });
                }
            }
        }
    }

    /// <summary>The loaded subschema of <paramref name="keyword"/> in <paramref name="schema"/>, or null when it has none.</summary>
    public static JsonSchema? Of(JsonSchema schema, string keyword) =>
        schema.Definitions.TryGetValue(Prefix + keyword, out var held) ? held.ActualSchema : null;

    /// <summary>
    /// The loaded subschemas of "dependentSchemas" or "dependentRequired" in <paramref name="schema"/>, each with the
    /// name of the property whose presence brings it in.
    /// </summary>
    public static IEnumerable<(string Name, JsonSchema Schema)> Dependent(JsonSchema schema, string keyword)
    {
        var prefix = Key(keyword, "");
        return schema.Definitions
            .Where(entry => entry.Key.StartsWith(prefix, StringComparison.Ordinal))
            .Select(entry => (entry.Key[prefix.Length..], entry.Value.ActualSchema));
    }

    private static string Key(string keyword, string name) => $"{Prefix}{keyword}/{name}";

    private static JsonNode? Take(JsonObject owner, string key)
    {
        var node = owner[key];
        owner.Remove(key);
        return node;
    }

    /// <summary>Puts <paramref name="subschema"/> into the definitions of <paramref name="schema"/>, where <see cref="Of"/> finds it for <paramref name="keyword"/>.</summary>
    public static void Put(JsonObject schema, string keyword, JsonNode? subschema) => Move(schema, Prefix + keyword, subschema);

    private static void Move(JsonObject schema, string key, JsonNode? subschema)
    {
        if (schema[Definitions] is not JsonObject definitions)
        {
            definitions = [];
            schema[Definitions] = definitions;
        }

        definitions[key] = subschema;
    }
}
