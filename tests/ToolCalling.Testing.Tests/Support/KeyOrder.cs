using System.Text.Json.Nodes;

namespace ToolCalling.Testing.Tests.Support;

/// <summary>Lists the property names of every object in a JSON tree, in the order they are written.</summary>
internal static class KeyOrder
{
    public static IReadOnlyList<string> Of(JsonNode? node)
    {
        var lines = new List<string>();
        Collect(node, "$", lines);
        return lines;
    }

    private static void Collect(JsonNode? node, string path, List<string> lines)
    {
        switch (node)
        {
            case JsonObject obj:
                lines.Add($"{path}: {string.Join(", ", obj.Select(property => property.Key))}");
                foreach (var (name, value) in obj)
                {
                    Collect(value, JsonPath.Property(path, name), lines);
                }

                break;
            case JsonArray array:
                for (var index = 0; index < array.Count; index++)
                {
                    Collect(array[index], JsonPath.Index(path, index), lines);
                }

                break;
        }
    }
}
