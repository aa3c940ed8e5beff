namespace ToolCalling.Testing;

/// <summary>
/// What every mock model does around its answer, in the API's order: record the request, fail on purpose when a
/// fault is due, reject a malformed request with the API's 400, then check the answer and break it when asked.
/// </summary>
internal sealed class MockApi(string modelName, string advice = MockApi.FixTheScript)
{
    public const string FixTheScript =
        "Either the tools declared or the scripted response is wrong; a test that means to send a broken tool call injects a Fault instead.";

    private readonly Lock _lock = new();
    private readonly List<ChatCompletionRequest> _requests = [];

    public FaultPlan Faults { get; } = new();

    public IReadOnlyList<ChatCompletionRequest> Requests
    {
        get
        {
            lock (_lock)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Runs one call; <paramref name="answer"/> receives a private copy of the request and the call number.</summary>
    public async Task<ChatCompletionResponse> CompleteAsync(
        ChatCompletionRequest request,
        Func<ChatCompletionRequest, int, CancellationToken, Task<ChatCompletionResponse>> answer,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();

        var snapshot = AsTheApiReadsIt(WireJson.Clone(request));
        int callNumber;
        List<ChatCompletionRequest> earlier;
        lock (_lock)
        {
            earlier = [.. _requests];
            _requests.Add(snapshot);
            callNumber = _requests.Count;
        }

        var fault = Faults.Take(callNumber);
        if (fault is not null)
        {
            await fault.FailAsync(snapshot, cancellationToken).ConfigureAwait(false);
        }

        RequestValidator.Validate(snapshot);
        var response = WireJson.Clone(await answer(WireJson.Clone(snapshot), callNumber, cancellationToken).ConfigureAwait(false));
        DroppedTools.Check(earlier, snapshot, response);
        ResponseRules.Check(snapshot, response, modelName, advice);
        if (fault is { BreaksToolCall: true })
        {
            Break(fault, snapshot, response);
        }

        return response;
    }

    // The API takes a tool definition with a key written twice and reads its last copy. A parsed JsonObject would
    // throw an ArgumentException at the first look inside instead, blaming the mock for the learner's typo.
    private static ChatCompletionRequest AsTheApiReadsIt(ChatCompletionRequest request)
    {
        // A null tool or function is left for RequestValidator, which explains it.
        foreach (var function in (request.Tools ?? []).Select(tool => tool?.Function).OfType<FunctionDefinition>())
        {
            function.Parameters = JsonRepeatedKeys.LastCopyWins(function.Parameters);
        }

        return request;
    }

    private void Break(Fault fault, ChatCompletionRequest request, ChatCompletionResponse response)
    {
        var call = response.Choices[0].Message.ToolCalls?.FirstOrDefault()
            ?? throw new InvalidOperationException(
                $"{modelName} was asked to break a tool call ({fault.GetType().Name}), but its response has no tool call. " +
                "Schedule the fault for a call that answers with tool calls.");
        var declared = request.Tools?.FirstOrDefault(tool => tool.Function.Name == call.Function.Name);
        fault.Break(call, declared);
    }
}
