using System.Text.Json.Serialization;

namespace ToolCalling;

/// <summary>
/// The answer to one tool call, sent back to the model as a <c>role: "tool"</c> message.
/// Serialized as <c>{"role":"tool","tool_call_id":"...","content":"..."}</c>.
/// </summary>
public sealed record ToolMessage(
    [property: JsonPropertyName("tool_call_id"), JsonPropertyOrder(1)] string ToolCallId,
    [property: JsonPropertyName("content"), JsonPropertyOrder(2)] string Content)
{
    [JsonPropertyName("role"), JsonPropertyOrder(0)]
    public string Role => "tool";
}
