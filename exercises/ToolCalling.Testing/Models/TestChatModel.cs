namespace ToolCalling.Testing;

/// <summary>
/// A mock model whose answer is whatever <see cref="CompleteAsyncCallback"/> returns, for tests that want to look
/// at each request as it arrives. Requests are still checked as the API checks them, and answers must still fit
/// the declared tools. <see cref="ChatCompletionResponse.FromText"/> and
/// <see cref="ChatCompletionResponse.FromToolCalls"/> build answers.
/// </summary>
public sealed class TestChatModel : IChatModel
{
    private readonly MockApi _api = new(nameof(TestChatModel));

    /// <summary>Answers a request; the request is a copy, so changing it changes nothing else.</summary>
    public Func<ChatCompletionRequest, CancellationToken, Task<ChatCompletionResponse>>? CompleteAsyncCallback { get; set; }

    /// <summary>Every request received so far, copied at the time of the call.</summary>
    public IReadOnlyList<ChatCompletionRequest> Requests => _api.Requests;

    /// <summary>The failures to inject on purpose.</summary>
    public FaultPlan Faults => _api.Faults;

    public Task<ChatCompletionResponse> CompleteAsync(ChatCompletionRequest request, CancellationToken cancellationToken = default) =>
        _api.CompleteAsync(
            request,
            (copy, _, token) => CompleteAsyncCallback is { } callback
                ? callback(copy, token)
                : throw new InvalidOperationException($"Set {nameof(CompleteAsyncCallback)} before calling {nameof(CompleteAsync)}."),
            cancellationToken);
}
