using System.Text.Json.Nodes;

namespace ToolCalling.Testing;

/// <summary>Resolves <c>$ref</c> values that point inside the same schema, such as <c>#/$defs/address</c>.</summary>
internal static class LocalReference
{
    /// <summary>Returns why the reference cannot be used, or null when it leads to a schema.</summary>
    public static string? Problem(JsonNode root, string reference)
    {
        var chain = new List<string> { reference };
        var seen = new HashSet<string>(StringComparer.Ordinal) { reference };
        while (true)
        {
            var problem = Resolve(root, chain[^1], out var target, out _);
            if (problem is not null)
            {
                return chain.Count == 1 ? problem : $"{problem} (reached from \"{reference}\")";
            }

            if (target is not JsonObject next || JsonKinds.AsString(next["$ref"]) is not { } following)
            {
                return null;
            }

            if (seen.Contains(following))
            {
                return $"\"$ref\": \"{reference}\" only leads to more references in a circle " +
                    $"({string.Join(" → ", chain.Append(following))}), never to a schema";
            }

            // Following every chain to its end would make a long chain cost the square of its length, once per "$ref" in it.
            if (chain.Count == InPlaceChains.MaxLength)
            {
                return $"\"$ref\": \"{reference}\" starts a chain of more than {InPlaceChains.MaxLength} \"$ref\"s, each pointing at the next; " +
                    "shorten it, so that each \"$ref\" points straight at the schema it means";
            }

            seen.Add(following);
            chain.Add(following);
        }
    }

    /// <summary>
    /// The schema object a usable reference points at, with its JSON path under <paramref name="rootPath"/>; null when the
    /// reference cannot be used or points at a boolean schema.
    /// </summary>
    public static JsonObject? Target(JsonNode root, string rootPath, string reference, out string path)
    {
        var problem = Resolve(root, reference, out var target, out var pathFromRoot);
        path = rootPath + pathFromRoot[1..];
        return problem is null ? target as JsonObject : null;
    }

    private static string? Resolve(JsonNode root, string reference, out JsonNode? target, out string path)
    {
        target = null;
        path = "$";
        if (!reference.StartsWith('#'))
        {
            return $"\"$ref\": \"{reference}\" points outside this schema; only local references such as \"#/$defs/address\" " +
                "are allowed, because nothing here (nor the model) fetches other files or URLs";
        }

        if (reference != "#" && !reference.StartsWith("#/", StringComparison.Ordinal))
        {
            return $"\"$ref\": \"{reference}\" is not a JSON pointer; write it as \"#/$defs/name\"";
        }

        target = root;
        var walked = "#";
        foreach (var segment in Segments(reference))
        {
            var key = Key(segment);
            (target, path) = target switch
            {
                JsonObject container when container.TryGetPropertyValue(key, out var next) => (next, JsonPath.Property(path, key)),
                JsonArray list when int.TryParse(key, out var index) && index >= 0 && index < list.Count => (list[index], JsonPath.Index(path, index)),
                _ => (Missing(), path),
            };
            if (target is null)
            {
                return $"\"$ref\": \"{reference}\" leads nowhere: \"{key}\" is not found under \"{walked}\"";
            }

            walked += "/" + segment;
        }

        return target is JsonObject || JsonKinds.AsBoolean(target) is not null
            ? null
            : $"\"$ref\": \"{reference}\" points at {JsonKinds.ApiName(target)}, not at a schema";
    }

    /// <summary>The first "$ref" in <paramref name="root"/> that cannot be used, and why.</summary>
    public static SchemaHazard? FirstProblem(JsonObject root)
    {
        foreach (var (schema, at) in SchemaTree.AllSchemas(root, SchemaLocation.Root("$")))
        {
            if (JsonKinds.AsString(schema["$ref"]) is { } reference && Problem(root, reference) is { } problem)
            {
                return new SchemaHazard(at.Key("$ref").Path, problem, null);
            }
        }

        return null;
    }

    /// <summary>The raw segments of a local JSON pointer such as <c>#/$defs/a~1b</c>; "#" alone has none, and "#/" has one, empty.</summary>
    public static string[] Segments(string reference) => reference == "#" ? [] : reference[2..].Split('/');

    /// <summary>The property name or index a raw segment stands for: percent-decoded first, then with ~1 and ~0 undone.</summary>
    public static string Key(string segment) =>
        Uri.UnescapeDataString(segment).Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);

    private static JsonNode? Missing() => null;
}
