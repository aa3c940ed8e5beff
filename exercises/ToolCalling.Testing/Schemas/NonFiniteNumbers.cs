using System.Text.Json;
using System.Text.Json.Nodes;

namespace ToolCalling.Testing;

/// <summary>Finds the numbers a value built in code may hold but JSON cannot write: NaN and the infinities.</summary>
internal static class NonFiniteNumbers
{
    /// <summary>The JSON path of the first such number, or null. Call it on a value already known to nest only a few levels.</summary>
    public static string? FirstPath(JsonNode? root) => First(root) is { } found ? JsonPath.Of(found, root!, "$") : null;

    private static JsonValue? First(JsonNode? node) => node switch
    {
        JsonObject container => container.Select(property => First(property.Value)).FirstOrDefault(found => found is not null),
        JsonArray list => list.Select(First).FirstOrDefault(found => found is not null),
        JsonValue value when !Writable(value) => value,
        _ => null,
    };

    // A value read from JSON text can always be written again; one made from a double or a float in code may not be.
    private static bool Writable(JsonValue value) =>
        value.TryGetValue<JsonElement>(out _)
        || (!(value.TryGetValue<double>(out var number) && !double.IsFinite(number)) && !(value.TryGetValue<float>(out var single) && !float.IsFinite(single)));
}
