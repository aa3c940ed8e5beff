using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ToolCalling.Testing;

/// <summary>One of a response's <c>choices</c>. Without the <c>n</c> parameter there is exactly one.</summary>
public sealed class ChatChoice
{
    [JsonPropertyName("index"), JsonPropertyOrder(0)]
    public int Index { get; set; }

    [JsonPropertyName("message"), JsonPropertyOrder(1)]
    public ChatMessage Message { get; set; } = new() { Role = "assistant" };

    /// <summary>Null unless log probabilities were asked for; the API still writes the key.</summary>
    [JsonPropertyName("logprobs"), JsonPropertyOrder(2)]
    public JsonNode? Logprobs { get; set; }

    /// <summary><c>"tool_calls"</c> when the message asks for tool calls, <c>"stop"</c> when it is the final text.</summary>
    [JsonPropertyName("finish_reason"), JsonPropertyOrder(3)]
    public string? FinishReason { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
