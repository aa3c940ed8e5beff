using System.Text.Json.Nodes;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace ToolCalling.Testing;

/// <summary>
/// Keeps the keywords next to a reference in force. In JSON Schema 2020-12 both the referenced schema and the keywords
/// beside a "$ref" apply, but the validator library follows the "$ref" and ignores the rest, so
/// {"$ref": "#/$defs/code", "maxLength": 3} would accept a code of any length. It reads an "allOf" that holds nothing but
/// one reference the same way. So such a "$ref" is held aside and checked here, and such an "allOf" gets a second
/// entry, {}, which allows anything, so that the library no longer takes the whole schema for the reference.
/// </summary>
internal static class ReferenceBesideChecks
{
    private const string Ref = "$ref";
    private const string AllOf = "allOf";

    // Keywords that say something about a value without checking it, and the places that hold definitions.
    private static readonly HashSet<string> NotChecks = new(StringComparer.Ordinal)
    {
        Ref, "description", "title", "$comment", "default", "examples", "example", "deprecated", "readOnly", "writeOnly",
        "$id", "$anchor", "$schema", "$defs", "definitions",
    };

    /// <summary>Rewrites <paramref name="root"/> in place: call it on a copy, never on the learner's schema.</summary>
    public static void Rewrite(JsonObject root)
    {
        foreach (var schema in SchemaTree.AllSchemas(root, SchemaLocation.Root("$")).Select(found => found.Schema).ToList())
        {
            if (IsReference(schema) && schema.Any(IsCheck))
            {
                var reference = schema[Ref];
                schema.Remove(Ref);
                HeldSubschemas.Put(schema, Ref, new JsonObject { [Ref] = reference });
            }
            else if (schema[AllOf] is JsonArray { Count: 1 } allOf && IsReference(allOf[0]) && schema.Any(entry => entry.Key != AllOf && IsCheck(entry)))
            {
                allOf.Add(new JsonObject());
            }
        }
    }

    /// <summary>Checks <paramref name="token"/> against the schema a held "$ref" of <paramref name="schema"/> points at.</summary>
    public static void Check(JToken token, JsonSchema schema, SubschemaCheck check, ICollection<ValidationError> errors)
    {
        if (HeldSubschemas.Of(schema, Ref) is { } referenced)
        {
            foreach (var error in check(token, referenced))
            {
                errors.Add(error);
            }
        }
    }

    private static bool IsCheck(KeyValuePair<string, JsonNode?> entry) => !NotChecks.Contains(entry.Key);

    private static bool IsReference(JsonNode? node) => node is JsonObject schema && JsonKinds.AsString(schema[Ref]) is not null;
}
