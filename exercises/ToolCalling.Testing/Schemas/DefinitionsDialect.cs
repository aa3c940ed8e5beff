using System.Text.Json.Nodes;

namespace ToolCalling.Testing;

/// <summary>
/// Spells "$defs" as "definitions" for the validator library. Both are valid JSON Schema, but the library does not
/// resolve a "$ref" that goes from one "$defs" entry to another, and then fails on a schema that is fine; with
/// "definitions" it does. A schema object that already has "definitions" keeps its "$defs", and only the "$ref"s that
/// pass through a renamed "$defs" are rewritten.
/// </summary>
internal static class DefinitionsDialect
{
    private const string Defs = "$defs";
    private const string Definitions = "definitions";

    /// <summary>A copy of <paramref name="schema"/> in the library's spelling; the schema itself is not changed.</summary>
    public static JsonNode Prepare(JsonNode schema)
    {
        var copy = schema.DeepClone();
        var renamed = new HashSet<JsonObject>(
            Objects(copy).Where(node => node[Defs] is JsonObject && !node.ContainsKey(Definitions)), ReferenceEqualityComparer.Instance);

        // Every pointer is followed through the copy while it still says "$defs", before any of them is renamed.
        foreach (var node in Objects(copy).ToList())
        {
            if (JsonKinds.AsString(node["$ref"]) is { } reference && reference.StartsWith("#/", StringComparison.Ordinal))
            {
                node["$ref"] = Respell(copy, reference, renamed);
            }
        }

        foreach (var node in renamed)
        {
            var defs = node[Defs]!;
            node.Remove(Defs);
            node[Definitions] = defs;
        }

        return copy;
    }

    private static string Respell(JsonNode root, string reference, HashSet<JsonObject> renamed)
    {
        var segments = LocalReference.Segments(reference);
        JsonNode? at = root;
        for (var index = 0; index < segments.Length && at is not null; index++)
        {
            var key = LocalReference.Key(segments[index]);
            if (key == Defs && at is JsonObject owner && renamed.Contains(owner))
            {
                segments[index] = Definitions;
            }

            at = at switch
            {
                JsonObject container => container[key],
                JsonArray list when int.TryParse(key, out var item) && item >= 0 && item < list.Count => list[item],
                _ => null,
            };
        }

        return "#/" + string.Join('/', segments);
    }

    // Every object in the document, including those outside any schema keyword, as a "$ref" may point anywhere.
    private static IEnumerable<JsonObject> Objects(JsonNode? node)
    {
        var toVisit = new Stack<JsonNode?>();
        toVisit.Push(node);
        while (toVisit.TryPop(out var next))
        {
            switch (next)
            {
                case JsonObject container:
                    yield return container;
                    foreach (var (_, child) in container)
                    {
                        toVisit.Push(child);
                    }

                    break;
                case JsonArray list:
                    foreach (var item in list)
                    {
                        toVisit.Push(item);
                    }

                    break;
            }
        }
    }
}
