namespace ToolCalling.Testing;

/// <summary>
/// Something that answers chat completion requests the way <c>POST /v1/chat/completions</c> does.
/// Write your tool-calling loop against this interface; tests hand it a mock model, production code an adapter
/// over the real client.
/// </summary>
public interface IChatModel
{
    /// <summary>
    /// Answers one request. Throws <see cref="ChatApiException"/> where the API answers with an HTTP error
    /// (for example 400 for a tool message that answers no call), and <see cref="TimeoutException"/> when the
    /// request times out.
    /// </summary>
    Task<ChatCompletionResponse> CompleteAsync(ChatCompletionRequest request, CancellationToken cancellationToken = default);
}
