using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace ToolCalling.Testing;

/// <summary>The serializer settings of the wire types: JSON as the API writes it, without needless escapes.</summary>
internal static class WireJson
{
    // The default encoder escapes characters such as '+' and '°'. That is still valid JSON, but arguments
    // like "(22 + 15) / 2" would reach learners as "(22 \u002B 15) / 2".
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = JsonTypeInfoResolver.Combine(WireJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };

    public static readonly JsonSerializerOptions Indented = new(Options) { WriteIndented = true };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static string WriteNode(JsonNode? node) => node?.ToJsonString(Options) ?? "null";

    public static T Read<T>(string json, string what) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"The JSON text is null, not {what}.");

    /// <summary>A deep copy made through JSON, so that later changes to the original do not show in the copy.</summary>
    public static T Clone<T>(T value) => Read<T>(Write(value), typeof(T).Name);
}
