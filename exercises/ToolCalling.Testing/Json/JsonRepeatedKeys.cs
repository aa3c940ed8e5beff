using System.Text.Json;
using System.Text.Json.Nodes;

namespace ToolCalling.Testing;

/// <summary>A key written twice in one object, and where that object is.</summary>
public sealed record RepeatedKey(string ObjectPath, string Key);

/// <summary>
/// Keys written twice in one object. <c>JsonNode.Parse</c> accepts such text, and the node then throws an
/// ArgumentException on first use; the API, like most JSON readers, keeps the last copy instead.
/// </summary>
public static class JsonRepeatedKeys
{

    /// <summary>Every repeated key, in the order the text holds them; empty for ordinary JSON.</summary>
    public static IReadOnlyList<RepeatedKey> Find(JsonNode? node, string rootPath = "$")
    {
        if (node is not (JsonObject or JsonArray))
        {
            return [];
        }

        var found = new List<RepeatedKey>();
        try
        {
            using var document = JsonDocument.Parse(node.ToJsonString());
            Collect(document.RootElement, rootPath, found);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            // Nested deeper than JSON readers and writers go by default: the checks of depth report that, not this search.
        }

        return found;
    }

    /// <summary>The value as the API reads it: of a repeated key, the last copy wins. Ordinary JSON comes back as it is.</summary>
    public static JsonNode? LastCopyWins(JsonNode? node)
    {
        if (Find(node).Count == 0)
        {
            return node;
        }

        using var document = JsonDocument.Parse(node!.ToJsonString());
        return Rebuild(document.RootElement);
    }

    private static void Collect(JsonElement element, string path, List<RepeatedKey> found)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    if (!seen.Add(property.Name) && !found.Contains(new RepeatedKey(path, property.Name)))
                    {
                        found.Add(new RepeatedKey(path, property.Name));
                    }

                    Collect(property.Value, JsonPath.Property(path, property.Name), found);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, JsonPath.Index(path, index++), found);
                }

                break;
        }
    }

    private static JsonNode? Rebuild(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var target = new JsonObject();
                foreach (var property in element.EnumerateObject())
                {
                    target[property.Name] = Rebuild(property.Value);
                }

                return target;
            case JsonValueKind.Array:
                return new JsonArray([.. element.EnumerateArray().Select(Rebuild)]);
            default:
                return JsonNode.Parse(element.GetRawText());
        }
    }
}
