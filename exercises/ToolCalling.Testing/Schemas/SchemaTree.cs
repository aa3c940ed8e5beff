using System.Text.Json.Nodes;

namespace ToolCalling.Testing;

/// <summary>A subschema found inside a schema; <see cref="PropertyName"/> is set for entries of <c>properties</c>.</summary>
internal sealed record SchemaChild(JsonNode? Node, SchemaLocation At, string? PropertyName = null)
{
    /// <summary>The keyword of the schema around it that holds it, such as "properties" or "anyOf".</summary>
    public string Keyword { get; init; } = "";

    /// <summary>
    /// True when the subschema checks the same value as the schema around it (allOf, not, then, ...), false when it
    /// checks a part of that value (properties, items, ...).
    /// </summary>
    public bool AppliesInPlace { get; init; }
}

/// <summary>
/// Knows which keywords of a JSON Schema hold further schemas, so that every rule walks the same tree.
/// It descends only into containers of the right shape; the rules report the wrong shapes.
/// </summary>
internal static class SchemaTree
{
    /// <summary>Deeper schemas than this are not checked; real tool schemas stay far below it.</summary>
    public const int MaxDepth = 64;

    /// <summary>Keywords whose value maps names to schemas.</summary>
    public static readonly IReadOnlyList<string> SchemaMaps = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"];

    /// <summary>Keywords whose value is a list of schemas.</summary>
    public static readonly IReadOnlyList<string> SchemaLists = ["anyOf", "oneOf", "allOf", "prefixItems"];

    private static readonly string[] SingleSchemas =
        ["items", "additionalItems", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames", "unevaluatedItems", "unevaluatedProperties"];

    /// <summary>Keywords whose schemas check the very value the schema around them checks, not a part of it.</summary>
    private static readonly HashSet<string> InPlaceKeywords =
        new(StringComparer.Ordinal) { "allOf", "anyOf", "oneOf", "not", "if", "then", "else", "dependentSchemas" };

    public static IEnumerable<SchemaChild> Children(JsonObject schema, SchemaLocation at)
    {
        foreach (var keyword in SchemaMaps)
        {
            if (schema[keyword] is JsonObject map)
            {
                foreach (var (name, child) in map)
                {
                    yield return new SchemaChild(child, at.Key(keyword).Key(name), keyword == "properties" ? name : null)
                    {
                        AppliesInPlace = InPlaceKeywords.Contains(keyword),
                        Keyword = keyword,
                    };
                }
            }
        }

        foreach (var keyword in SchemaLists)
        {
            if (schema[keyword] is JsonArray list)
            {
                for (var index = 0; index < list.Count; index++)
                {
                    yield return new SchemaChild(list[index], at.Key(keyword).Index(index)) { AppliesInPlace = InPlaceKeywords.Contains(keyword), Keyword = keyword };
                }
            }
        }

        foreach (var keyword in SingleSchemas)
        {
            switch (schema[keyword])
            {
                case JsonObject child:
                    yield return new SchemaChild(child, at.Key(keyword)) { AppliesInPlace = InPlaceKeywords.Contains(keyword), Keyword = keyword };
                    break;
                case JsonArray tuple when keyword == "items":
                    for (var index = 0; index < tuple.Count; index++)
                    {
                        yield return new SchemaChild(tuple[index], at.Key(keyword).Index(index)) { Keyword = keyword };
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// Every object schema in <paramref name="root"/>, the root first and each before what it holds. It keeps its own
    /// list of places still to visit instead of recursing, so no depth of nesting can overflow the stack.
    /// </summary>
    public static IEnumerable<(JsonObject Schema, SchemaLocation At)> AllSchemas(JsonObject root, SchemaLocation at)
    {
        var toVisit = new Stack<(JsonObject Schema, SchemaLocation At)>();
        toVisit.Push((root, at));
        while (toVisit.TryPop(out var next))
        {
            yield return next;
            foreach (var child in Children(next.Schema, next.At).Reverse())
            {
                if (child.Node is JsonObject schema)
                {
                    toVisit.Push((schema, child.At));
                }
            }
        }
    }

    /// <summary>The type names a schema declares: one name, a list of names, or none.</summary>
    public static IReadOnlyList<string> DeclaredTypes(JsonObject schema) => schema["type"] switch
    {
        JsonArray list => list.Select(JsonKinds.AsString).OfType<string>().ToList(),
        var single when JsonKinds.AsString(single) is { } name => [name],
        _ => [],
    };

    /// <summary>True for a schema that describes an object: it says so, or it lists properties.</summary>
    public static bool IsObjectSchema(JsonObject schema) =>
        DeclaredTypes(schema).Contains("object") || schema["properties"] is JsonObject;
}
