using System.Text.Json;
using System.Text.Json.Serialization;

namespace ToolCalling.Testing;

/// <summary>
/// The body of <c>POST /v1/chat/completions</c>: the model, the conversation so far, and the tools the model may call.
/// Serializes to the same JSON the OpenAI API expects.
/// </summary>
public sealed class ChatCompletionRequest
{
    [JsonPropertyName("model"), JsonPropertyOrder(0)]
    public string Model { get; set; } = "gpt-4o-mini";

    /// <summary>The conversation. Append the assistant's reply and then one tool message per tool call before you ask again.</summary>
    [JsonPropertyName("messages"), JsonPropertyOrder(1)]
    public List<ChatMessage> Messages { get; set; } = [];

    [JsonPropertyName("tools"), JsonPropertyOrder(2), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<ToolDefinition>? Tools { get; set; }

    /// <summary><c>none</c>, <c>auto</c>, <c>required</c> or one function the model must call. Only allowed together with <see cref="Tools"/>.</summary>
    [JsonPropertyName("tool_choice"), JsonPropertyOrder(3), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ToolChoice? ToolChoice { get; set; }

    /// <summary>When false, the model calls at most one tool per response. Only allowed together with <see cref="Tools"/>.</summary>
    [JsonPropertyName("parallel_tool_calls"), JsonPropertyOrder(4), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? ParallelToolCalls { get; set; }

    /// <summary>Any other request parameter (temperature, max_completion_tokens, ...), kept as written.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>
    /// Appends the assistant message of <paramref name="response"/>. Do this before you append the tool results:
    /// the API rejects tool messages that do not follow the assistant message that asked for them.
    /// </summary>
    public ChatCompletionRequest AppendAssistantMessage(ChatCompletionResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.Choices.Count == 0)
        {
            throw new ArgumentException("The response has no choices, so there is no assistant message to append.", nameof(response));
        }

        Messages.Add(response.Choices[0].Message);
        return this;
    }

    /// <summary>Appends the answer to one tool call as a <c>role: "tool"</c> message.</summary>
    public ChatCompletionRequest AppendToolMessage(ToolMessage message)
    {
        Messages.Add(ChatMessage.FromToolMessage(message));
        return this;
    }

    public string ToJson() => WireJson.Write(this);

    public static ChatCompletionRequest Parse(string json) => WireJson.Read<ChatCompletionRequest>(json, "a chat completion request");
}
