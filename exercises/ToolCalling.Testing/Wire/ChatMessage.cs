using System.Text.Json;
using System.Text.Json.Serialization;

namespace ToolCalling.Testing;

/// <summary>
/// One message of the conversation, in any role: <c>system</c>, <c>user</c>, <c>assistant</c> or <c>tool</c>.
/// An assistant message that calls tools carries <see cref="ToolCalls"/> and usually a null <see cref="Content"/>;
/// a tool message carries the <see cref="ToolCallId"/> of the call it answers.
/// </summary>
public sealed class ChatMessage
{
    [JsonPropertyName("role"), JsonPropertyOrder(0)]
    public string Role { get; set; } = "user";

    [JsonPropertyName("tool_call_id"), JsonPropertyOrder(1), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ToolCallId { get; set; }

    /// <summary>The text. The API writes <c>null</c> here when an assistant message only calls tools.</summary>
    [JsonPropertyName("content"), JsonPropertyOrder(2)]
    public string? Content { get; set; }

    [JsonPropertyName("name"), JsonPropertyOrder(3), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Name { get; set; }

    [JsonPropertyName("tool_calls"), JsonPropertyOrder(4), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<ToolCall>? ToolCalls { get; set; }

    /// <summary>Fields this type does not model (for example <c>refusal</c> and <c>annotations</c>), kept as written.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }

    public static ChatMessage System(string content) => new() { Role = "system", Content = content };

    public static ChatMessage User(string content) => new() { Role = "user", Content = content };

    public static ChatMessage Assistant(string content) => new() { Role = "assistant", Content = content };

    /// <summary>An assistant message that asks for tool calls, written as the API writes it: content is null.</summary>
    public static ChatMessage AssistantToolCalls(IEnumerable<ToolCall> toolCalls) =>
        new() { Role = "assistant", Content = null, ToolCalls = [.. toolCalls] };

    public static ChatMessage Tool(string toolCallId, string content) =>
        new() { Role = "tool", ToolCallId = toolCallId, Content = content };

    /// <summary>The wire form of a <see cref="ToolMessage"/>: <c>{"role":"tool","tool_call_id":...,"content":...}</c>.</summary>
    public static ChatMessage FromToolMessage(ToolMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new() { Role = message.Role, ToolCallId = message.ToolCallId, Content = message.Content };
    }
}
