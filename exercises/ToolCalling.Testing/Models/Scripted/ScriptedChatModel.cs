namespace ToolCalling.Testing;

/// <summary>
/// A mock model that gives the responses you script, in order, one per call:
/// <code>
/// var model = new ScriptedChatModel()
///     .RespondWithToolCalls(("get_weather", new { city = "Tokyo" }), ("get_weather", new { city = "London" }))
///     .RespondWithText("Tokyo is warmer than London.");
/// </code>
/// Tool call ids are given in order: call_1, call_2, ... Every request is checked as the API checks it, and every
/// scripted tool call must fit the tools the request declares. When the script runs out, the call fails loudly.
/// </summary>
public sealed class ScriptedChatModel : IChatModel
{
    private readonly MockApi _api = new(nameof(ScriptedChatModel));
    private readonly ResponseFactory _responses = new();
    private readonly Lock _lock = new();
    private readonly Queue<Func<ChatCompletionRequest, ChatCompletionResponse>> _script = new();
    private int _scripted;

    /// <summary>A wait before every answer, to stand in for network and model time. Zero by default.</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>Every request received so far, copied at the time of the call.</summary>
    public IReadOnlyList<ChatCompletionRequest> Requests => _api.Requests;

    /// <summary>The failures to inject on purpose.</summary>
    public FaultPlan Faults => _api.Faults;

    /// <summary>
    /// Adds a response that asks for these tool calls, in parallel. Arguments may be any object (serialized to
    /// JSON), a JSON node, or JSON text.
    /// </summary>
    public ScriptedChatModel RespondWithToolCalls(params (string Name, object? Arguments)[] calls)
    {
        if (calls.Length == 0)
        {
            throw new ArgumentException("Script at least one tool call, or use RespondWithText for a text answer.", nameof(calls));
        }

        var scripted = calls.Select(call => (call.Name, ArgumentsText.From(call.Arguments))).ToList();
        return Add(request => _responses.ToolCalls(request, scripted));
    }

    /// <summary>Adds a response whose message is the final text answer.</summary>
    public ScriptedChatModel RespondWithText(string text) => Add(request => _responses.Text(request, text));

    /// <summary>Adds a response exactly as given (it still has to fit the request's tools).</summary>
    public ScriptedChatModel RespondWith(ChatCompletionResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return Add(_ => WireJson.Clone(response));
    }

    public Task<ChatCompletionResponse> CompleteAsync(ChatCompletionRequest request, CancellationToken cancellationToken = default) =>
        _api.CompleteAsync(request, AnswerAsync, cancellationToken);

    private ScriptedChatModel Add(Func<ChatCompletionRequest, ChatCompletionResponse> step)
    {
        lock (_lock)
        {
            _script.Enqueue(step);
            _scripted++;
        }

        return this;
    }

    private async Task<ChatCompletionResponse> AnswerAsync(ChatCompletionRequest request, int callNumber, CancellationToken cancellationToken)
    {
        if (Latency > TimeSpan.Zero)
        {
            await Task.Delay(Latency, cancellationToken).ConfigureAwait(false);
        }

        Func<ChatCompletionRequest, ChatCompletionResponse>? step;
        lock (_lock)
        {
            _script.TryDequeue(out step);
        }

        return step is null ? throw ScriptRanOut(request, callNumber) : step(request);
    }

    private InvalidOperationException ScriptRanOut(ChatCompletionRequest request, int callNumber)
    {
        var last = request.Messages.LastOrDefault();
        var lastText = last is null ? "no messages at all" : $"a {last.Role} message: {Teaching.Quote(last.Content)}";
        return new InvalidOperationException(
            $"The scripted model has no response left for call {callNumber}: the script holds {Teaching.Count(_scripted, "response")} " +
            $"and all of them were used. The request ends with {lastText}.\n" +
            "Either the code under test calls the model more often than the conversation needs (does the loop stop " +
            "when the model answers with text?), or the script needs another RespondWith... step.");
    }
}
