using System.Text.Json.Nodes;

namespace ToolCalling.Testing;

/// <summary>
/// Spells "prefixItems" the way older drafts did, which is the way the validator library reads tuples: the list of
/// schemas for the first items becomes an array under "items", and "items", which after "prefixItems" describes the
/// items that follow them, becomes "additionalItems". The two spellings mean the same; the library ignores the newer one.
/// </summary>
internal static class PrefixItemsAsTuple
{
    private const string PrefixItems = "prefixItems";

    /// <summary>Rewrites <paramref name="schema"/> in place: call it on a copy, never on the learner's schema.</summary>
    public static void Rewrite(JsonObject schema)
    {
        var tuples = SchemaTree.AllSchemas(schema, SchemaLocation.Root("$"))
            .Select(found => found.Schema)
            .Where(found => found[PrefixItems] is JsonArray)
            .ToList();
        foreach (var tuple in tuples)
        {
            var prefix = tuple[PrefixItems]!;
            tuple.Remove(PrefixItems);
            if (tuple["items"] is { } rest)
            {
                tuple.Remove("items");
                tuple["additionalItems"] = rest;
            }

            tuple["items"] = prefix;
        }
    }

    /// <summary>
    /// Why a schema object's "prefixItems" cannot be read as a tuple, or null when it can: next to it, "items" must not
    /// list schemas itself, and "additionalItems" has no meaning.
    /// </summary>
    public static SchemaHazard? Problem(JsonObject schema, SchemaLocation at)
    {
        if (!schema.ContainsKey(PrefixItems))
        {
            return null;
        }

        if (schema["items"] is JsonArray)
        {
            return new SchemaHazard(at.Key("items").Path, "\"items\" lists schemas next to \"prefixItems\", so the first items are described twice, in two ways",
                "List the schemas of the first items in \"prefixItems\" alone, and give \"items\" one schema for the items after them.");
        }

        return schema.ContainsKey("additionalItems")
            ? new SchemaHazard(at.Key("additionalItems").Path, "\"additionalItems\" has no meaning next to \"prefixItems\", so the items after the listed ones would go unchecked",
                "Describe the items after the listed ones with \"items\", such as \"items\": false to allow no more.")
            : null;
    }
}
