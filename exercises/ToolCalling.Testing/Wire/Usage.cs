using System.Text.Json;
using System.Text.Json.Serialization;

namespace ToolCalling.Testing;

/// <summary>Token counts of one request. The detail objects stay in <see cref="AdditionalProperties"/> as written.</summary>
public sealed class Usage
{
    [JsonPropertyName("prompt_tokens"), JsonPropertyOrder(0)]
    public int PromptTokens { get; set; }

    [JsonPropertyName("completion_tokens"), JsonPropertyOrder(1)]
    public int CompletionTokens { get; set; }

    [JsonPropertyName("total_tokens"), JsonPropertyOrder(2)]
    public int TotalTokens { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
