using System.Text.Json;
using System.Text.Json.Serialization;

namespace ToolCalling.Testing;

/// <summary>
/// A <c>chat.completion</c> object, as the API returns it. The model's answer is <c>Choices[0].Message</c>:
/// either text (<c>finish_reason</c> <c>"stop"</c>) or tool calls (<c>finish_reason</c> <c>"tool_calls"</c>).
/// </summary>
public sealed class ChatCompletionResponse
{
    [JsonPropertyName("id"), JsonPropertyOrder(0)]
    public string Id { get; set; } = "";

    [JsonPropertyName("object"), JsonPropertyOrder(1)]
    public string Object { get; set; } = "chat.completion";

    /// <summary>Unix time in seconds.</summary>
    [JsonPropertyName("created"), JsonPropertyOrder(2)]
    public long Created { get; set; }

    [JsonPropertyName("model"), JsonPropertyOrder(3)]
    public string Model { get; set; } = "";

    [JsonPropertyName("choices"), JsonPropertyOrder(4)]
    public List<ChatChoice> Choices { get; set; } = [];

    [JsonPropertyName("usage"), JsonPropertyOrder(5), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Usage? Usage { get; set; }

    /// <summary>Fields this type does not model (for example <c>service_tier</c> and <c>system_fingerprint</c>), kept as written.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>A response whose message is the final text answer (<c>finish_reason</c> <c>"stop"</c>).</summary>
    public static ChatCompletionResponse FromText(string text, string model = "gpt-4o-mini") =>
        Create(model, new ChatMessage { Role = "assistant", Content = text }, "stop");

    /// <summary>A response whose message asks for tool calls (<c>finish_reason</c> <c>"tool_calls"</c>).</summary>
    public static ChatCompletionResponse FromToolCalls(IEnumerable<ToolCall> toolCalls, string model = "gpt-4o-mini") =>
        Create(model, ChatMessage.AssistantToolCalls(toolCalls), "tool_calls");

    public string ToJson() => WireJson.Write(this);

    // Mock responses carry a fixed time so that recorded conversations stay byte-for-byte repeatable.
    internal const long MockCreated = 1_741_569_952;

    public static ChatCompletionResponse Parse(string json) => WireJson.Read<ChatCompletionResponse>(json, "a chat completion response");

    private static ChatCompletionResponse Create(string model, ChatMessage message, string finishReason)
    {
        // Current API responses carry these two keys on every message, even when there is nothing in them.
        message.AdditionalProperties = new()
        {
            ["refusal"] = JsonSerializer.SerializeToElement<string?>(null),
            ["annotations"] = JsonSerializer.SerializeToElement(Array.Empty<object>()),
        };
        return new ChatCompletionResponse
        {
            Id = "chatcmpl-test",
            Created = MockCreated,
            Model = model,
            Choices = [new ChatChoice { Index = 0, Message = message, FinishReason = finishReason }],
            AdditionalProperties = new() { ["service_tier"] = JsonSerializer.SerializeToElement("default") },
        };
    }
}
