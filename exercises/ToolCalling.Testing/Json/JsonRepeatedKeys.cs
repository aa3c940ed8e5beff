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
    public static IReadOnlyList<RepeatedKey> Find(JsonNode? node, string rootPath = "$") =>
        [.. Locate(node, SchemaLocation.Root(rootPath)).Select(found => new RepeatedKey(found.Object.Path, found.Key))];

    /// <summary>The value as the API reads it: of a repeated key, the last copy wins. Ordinary JSON comes back as it is.</summary>
    public static JsonNode? LastCopyWins(JsonNode? node)
    {
        if (Locate(node, SchemaLocation.Root("$")).Count == 0)
        {
            return node;
        }

        using var document = JsonDocument.Parse(node!.ToJsonString());
        return Rebuild(document.RootElement);
    }

    /// <summary>
    /// Like <see cref="Find"/>, with the place of each object whose path is written out only when asked for: code under
    /// test chooses this JSON, and a megabyte of it can hold tens of thousands of repeated keys under a key of half a
    /// million characters.
    /// </summary>
    internal static IReadOnlyList<(SchemaLocation Object, string Key)> Locate(JsonNode? node, SchemaLocation root)
    {
        if (node is not (JsonObject or JsonArray))
        {
            return [];
        }

        var search = new Search();
        try
        {
            using var document = JsonDocument.Parse(node.ToJsonString());
            search.Collect(document.RootElement, root);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            // Nested deeper than JSON readers and writers go by default: the checks of depth report that, not this search.
        }

        return search.Found;
    }

    /// <summary>One pass over a document, in time and memory that grow with its length only.</summary>
    private sealed class Search
    {
        // Values at one path share one location, so that a key repeated in two objects at one path (the copies of a
        // repeated key) is named once, as it is written once in the report.
        private readonly Dictionary<(SchemaLocation Parent, string? Key, int Index), SchemaLocation> _places = [];
        private readonly HashSet<(SchemaLocation Object, string Key)> _named = [];

        public List<(SchemaLocation Object, string Key)> Found { get; } = [];

        public void Collect(JsonElement element, SchemaLocation at)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    var seen = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var property in element.EnumerateObject())
                    {
                        var key = property.Name;
                        if (!seen.Add(key) && _named.Add((at, key)))
                        {
                            Found.Add((at, key));
                        }

                        Collect(property.Value, Place(at, key, 0));
                    }

                    break;
                case JsonValueKind.Array:
                    var index = 0;
                    foreach (var item in element.EnumerateArray())
                    {
                        Collect(item, Place(at, null, index));
                        index++;
                    }

                    break;
            }
        }

        private SchemaLocation Place(SchemaLocation parent, string? key, int index)
        {
            if (!_places.TryGetValue((parent, key, index), out var place))
            {
                place = key is null ? parent.Index(index) : parent.Key(key);
                _places.Add((parent, key, index), place);
            }

            return place;
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
