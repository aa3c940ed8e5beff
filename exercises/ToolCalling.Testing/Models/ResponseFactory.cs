using System.Text.Json;

namespace ToolCalling.Testing;

/// <summary>Builds a mock model's responses with ids that count up per model: chatcmpl-1, call_1, call_2, ...</summary>
internal sealed class ResponseFactory
{
    // Written once as JSON text: a JsonElement never changes, so every response can share these, and serializing
    // anonymous objects for every response would rebuild their serialization metadata whenever its cache is cleared.
    private static readonly JsonElement PromptTokensDetails = Parse("""{"cached_tokens":0,"audio_tokens":0}""");
    private static readonly JsonElement CompletionTokensDetails =
        Parse("""{"reasoning_tokens":0,"audio_tokens":0,"accepted_prediction_tokens":0,"rejected_prediction_tokens":0}""");

    private int _responses;
    private int _calls;

    public string NextCallId() => $"call_{Interlocked.Increment(ref _calls)}";

    public ChatCompletionResponse Text(ChatCompletionRequest request, string text) =>
        Finish(request, ChatCompletionResponse.FromText(text, request.Model), text.Length);

    public ChatCompletionResponse ToolCalls(ChatCompletionRequest request, IEnumerable<(string Name, string Arguments)> calls)
    {
        var toolCalls = calls.Select(call => new ToolCall(NextCallId(), call.Name, call.Arguments)).ToList();
        var completionLength = toolCalls.Sum(call => call.Function.Name.Length + call.Function.Arguments.Length);
        return Finish(request, ChatCompletionResponse.FromToolCalls(toolCalls, request.Model), completionLength);
    }

    private ChatCompletionResponse Finish(ChatCompletionRequest request, ChatCompletionResponse response, int completionLength)
    {
        response.Id = $"chatcmpl-{Interlocked.Increment(ref _responses)}";
        response.Usage = EstimatedUsage(request, completionLength);
        return response;
    }

    // About four characters per token: rough, but stable, so usage numbers do not change between runs.
    private static Usage EstimatedUsage(ChatCompletionRequest request, int completionLength)
    {
        var promptTokens = (request.ToJson().Length / 4) + 1;
        var completionTokens = (completionLength / 4) + 1;
        return new Usage
        {
            PromptTokens = promptTokens,
            CompletionTokens = completionTokens,
            TotalTokens = promptTokens + completionTokens,
            AdditionalProperties = new()
            {
                ["prompt_tokens_details"] = PromptTokensDetails,
                ["completion_tokens_details"] = CompletionTokensDetails,
            },
        };
    }

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
