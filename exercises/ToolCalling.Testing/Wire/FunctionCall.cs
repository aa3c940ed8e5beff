using System.Text.Json.Serialization;

namespace ToolCalling.Testing;

/// <summary>The <c>function</c> part of a tool call. <see cref="Arguments"/> is JSON text, not an object.</summary>
public sealed class FunctionCall : IFunctionCall
{
    [JsonPropertyName("name"), JsonPropertyOrder(0)]
    public string Name { get; set; } = "";

    [JsonPropertyName("arguments"), JsonPropertyOrder(1)]
    public string Arguments { get; set; } = "{}";
}
