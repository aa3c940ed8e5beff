using System.Text.Json.Nodes;

namespace ToolCalling.Testing;

/// <summary>Compares JSON against a pattern that may leave properties out: only what the pattern writes is checked.</summary>
internal static class JsonSubset
{
    /// <summary>The first difference between <paramref name="pattern"/> and <paramref name="actual"/>, or null.</summary>
    public static string? FindDifference(JsonNode? pattern, JsonNode? actual) =>
        JsonEquivalence.FindDifference(pattern, Trim(pattern, actual));

    // Drops the properties of actual that the pattern does not mention, at every depth.
    private static JsonNode? Trim(JsonNode? pattern, JsonNode? actual) => (pattern, actual) switch
    {
        (JsonObject p, JsonObject a) => new JsonObject(a
            .Where(property => p.ContainsKey(property.Key))
            .Select(property => KeyValuePair.Create(property.Key, Trim(p[property.Key], property.Value)))),
        (JsonArray p, JsonArray a) when p.Count == a.Count => new JsonArray([.. a.Select((item, index) => Trim(p[index], item))]),
        _ => actual?.DeepClone(),
    };
}
