using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ToolCalling.Testing;

/// <summary>One entry of the request's <c>tools</c>: <c>{"type":"function","function":{...}}</c>.</summary>
public sealed class ToolDefinition
{
    [JsonPropertyName("type"), JsonPropertyOrder(0)]
    public string Type { get; set; } = "function";

    [JsonPropertyName("function"), JsonPropertyOrder(1)]
    public FunctionDefinition Function { get; set; } = new();

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>A function tool; <paramref name="parameters"/> is the JSON Schema of the arguments object.</summary>
    public static ToolDefinition ForFunction(string name, string description, JsonNode? parameters, bool? strict = null) =>
        new() { Function = new FunctionDefinition { Name = name, Description = description, Parameters = parameters, Strict = strict } };
}
