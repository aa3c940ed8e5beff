using System.Text.Json.Nodes;

namespace ToolCalling.Testing;

/// <summary>
/// Spells "const" as a one-value "enum" for the validator library, which ignores "const" and would accept any value
/// there. The two mean the same in JSON Schema, so a schema that lists its choices as an anyOf of consts is checked
/// as strictly as one that uses an enum. A schema with both keeps its enum and gets the const as an allOf entry.
/// </summary>
internal static class ConstAsEnum
{
    private const string Const = "const";

    /// <summary>Rewrites <paramref name="schema"/> in place: call it on a copy, never on the learner's schema.</summary>
    public static void Rewrite(JsonObject schema)
    {
        var withConst = SchemaTree.AllSchemas(schema, SchemaLocation.Root("$"))
            .Select(found => found.Schema)
            .Where(found => found.ContainsKey(Const))
            .ToList();
        foreach (var found in withConst)
        {
            var value = found[Const];
            found.Remove(Const);
            var oneValue = new JsonArray(value);
            if (!found.ContainsKey("enum"))
            {
                found["enum"] = oneValue;
            }
            else if (found["allOf"] is JsonArray allOf)
            {
                allOf.Add(new JsonObject { ["enum"] = oneValue });
            }
            else if (!found.ContainsKey("allOf"))
            {
                found["allOf"] = new JsonArray(new JsonObject { ["enum"] = oneValue });
            }
        }
    }
}
