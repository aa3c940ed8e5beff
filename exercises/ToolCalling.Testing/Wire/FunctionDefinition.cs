using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ToolCalling.Testing;

/// <summary>What the model knows about a function: its name, what it does, and the JSON Schema of its arguments.</summary>
public sealed class FunctionDefinition
{
    [JsonPropertyName("name"), JsonPropertyOrder(0)]
    public string Name { get; set; } = "";

    [JsonPropertyName("description"), JsonPropertyOrder(1), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Description { get; set; }

    [JsonPropertyName("parameters"), JsonPropertyOrder(2), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonNode? Parameters { get; set; }

    [JsonPropertyName("strict"), JsonPropertyOrder(3), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Strict { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
