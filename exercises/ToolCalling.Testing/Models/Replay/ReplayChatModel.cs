using System.Text.Json.Nodes;

namespace ToolCalling.Testing;

/// <summary>
/// A mock model that plays back a recorded conversation. Each call must send the request the recording expects
/// next; the model then gives the recorded response. A request that differs fails with the JSON path of the first
/// difference. The file format:
/// <code>
/// {
///   "description": "optional text for people",
///   "exchanges": [
///     { "request": { "messages": [ { "role": "user", "content": "Weather in Tokyo?" } ] },
///       "response": { "id": "chatcmpl-1", "object": "chat.completion", "choices": [ ... ] } }
///   ]
/// }
/// </code>
/// A recorded request is a pattern: properties it leaves out (model, tools, temperature, ...) are not compared,
/// while arrays it writes must have the same length. Responses are full <c>chat.completion</c> objects.
/// </summary>
public sealed class ReplayChatModel : IChatModel
{
    private readonly MockApi _api = new(nameof(ReplayChatModel));
    private readonly ChatRecording _recording;

    // Calls made at the same time take their exchanges one after the other, so no exchange is played twice.
    private readonly Lock _turn = new();
    private int _played;

    private ReplayChatModel(ChatRecording recording) => _recording = recording;

    /// <summary>Every request received so far, copied at the time of the call.</summary>
    public IReadOnlyList<ChatCompletionRequest> Requests => _api.Requests;

    /// <summary>The failures to inject on purpose.</summary>
    public FaultPlan Faults => _api.Faults;

    /// <summary>Reads a recording from JSON text in the format described on this class.</summary>
    public static ReplayChatModel FromJson(string json) => new(ChatRecording.Parse(json));

    /// <summary>Reads a recording from a file in the format described on this class.</summary>
    public static ReplayChatModel FromFile(string path) => FromJson(File.ReadAllText(path));

    public Task<ChatCompletionResponse> CompleteAsync(ChatCompletionRequest request, CancellationToken cancellationToken = default) =>
        _api.CompleteAsync(request, (copy, callNumber, _) => Task.FromResult(AnswerInTurn(copy, callNumber)), cancellationToken);

    private ChatCompletionResponse AnswerInTurn(ChatCompletionRequest request, int callNumber)
    {
        lock (_turn)
        {
            return Answer(request, callNumber);
        }
    }

    private ChatCompletionResponse Answer(ChatCompletionRequest request, int callNumber)
    {
        // Calls that failed before an answer (an injected 429, a rejected request) do not use up an exchange.
        var exchanges = _recording.Exchanges;
        var number = _played + 1;
        if (number > exchanges.Count)
        {
            throw new InvalidOperationException(
                $"The recording has {Teaching.Count(exchanges.Count, "exchange")} and all were played, but call {callNumber} asked for " +
                "another one. Does the loop stop when the model answers with text?");
        }

        var exchange = exchanges[number - 1];
        var difference = JsonSubset.FindDifference(exchange.Request, JsonNode.Parse(request.ToJson()));
        if (difference is not null)
        {
            throw new InvalidOperationException(
                $"Call {callNumber} sent a different request than exchange {number} of {exchanges.Count} of the recording expects: " +
                $"{difference}.\nThe conversation went another way than the recorded one; compare the messages the code appends.");
        }

        _played++;
        return WireJson.Clone(exchange.Response!);
    }
}
