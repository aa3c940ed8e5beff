using System.Text.Json.Nodes;

namespace ToolCalling.Testing;

/// <summary>Finds objects and arrays nested deeper than a reader or a recursive walk should be asked to take.</summary>
internal static class JsonDepth
{
    /// <summary>
    /// The JSON path, under <paramref name="rootPath"/>, of the first object or array nested more than
    /// <paramref name="maxDepth"/> levels deep (the outermost one is level 1), or null when there is none.
    /// </summary>
    public static string? FirstTooDeep(JsonNode? root, string rootPath, int maxDepth) =>
        TooDeep(root, 1, maxDepth) is { } found ? JsonPath.Of(found, root!, rootPath) : null;

    // Recursion here stops one level past the limit, so it stays as shallow as the limit.
    private static JsonNode? TooDeep(JsonNode? node, int depth, int maxDepth)
    {
        IEnumerable<JsonNode?>? children = node switch
        {
            JsonObject container => container.Select(property => property.Value),
            JsonArray list => list,
            _ => null,
        };
        if (children is null)
        {
            return null;
        }

        if (depth > maxDepth)
        {
            return node;
        }

        foreach (var child in children)
        {
            if (TooDeep(child, depth + 1, maxDepth) is { } found)
            {
                return found;
            }
        }

        return null;
    }
}
