using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ToolCalling.Testing;

/// <summary>A recorded conversation: for each call, the request expected and the response to give.</summary>
internal sealed class ChatRecording
{
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    [JsonPropertyName("exchanges")]
    public List<RecordedExchange> Exchanges { get; set; } = [];

    public static ChatRecording Parse(string json)
    {
        var recording = WireJson.Read<ChatRecording>(json, "a recorded conversation");
        for (var index = 0; index < recording.Exchanges.Count; index++)
        {
            if (recording.Exchanges[index].Request is not JsonObject || recording.Exchanges[index].Response is null)
            {
                throw new FormatException(
                    $"Exchange {index + 1} of the recording needs a \"request\" object and a \"response\" object.");
            }
        }

        return recording;
    }
}

/// <summary>One call of a recorded conversation.</summary>
internal sealed class RecordedExchange
{
    /// <summary>The request expected. Only the properties written here are compared.</summary>
    [JsonPropertyName("request")]
    public JsonNode? Request { get; set; }

    [JsonPropertyName("response")]
    public ChatCompletionResponse? Response { get; set; }
}
