namespace ToolCalling.Testing;

/// <summary>
/// The hints for a broken tool call that a mock model sends on purpose, given only when what the loop threw came from
/// that call. A loop that handles the fault well can still throw later in the conversation, for a reason of its own,
/// and a hint about the fault would then send the learner after a mistake they did not make.
/// </summary>
public static class FaultHints
{
    /// <summary>
    /// <see cref="CommonMistakes.ArgumentsParsedOutsideTry"/> when the JSON parser threw (JsonDocument.Parse throws a
    /// JsonReaderException, JsonSerializer a JsonException), otherwise none.
    /// </summary>
    public static string? ForMalformedArguments(string exceptionType) =>
        exceptionType is "System.Text.Json.JsonException" or "System.Text.Json.JsonReaderException"
            ? CommonMistakes.ArgumentsParsedOutsideTry
            : null;

    /// <summary>
    /// For a call that names an unknown function and has broken arguments, and made the code throw: the arguments parsed
    /// outside the try when the JSON parser threw, which is the tutorial's order of steps without its try; otherwise an
    /// unknown function that is not handled.
    /// </summary>
    public static string ForUnknownFunctionWithMalformedArguments(string exceptionType) =>
        ForMalformedArguments(exceptionType) ?? CommonMistakes.UnknownFunctionNotHandled;

    /// <summary>
    /// <see cref="CommonMistakes.BrokenArgumentsCaughtAroundLoop"/> when the loop, whose first response held the broken
    /// call, sent no second request and returned text anyway: text that only the loop's own code can have written, since
    /// a response with tool calls carries none. Otherwise none.
    /// </summary>
    public static string? ForMalformedArgumentsAnsweredByTheLoop(int requestsSent, string? answer) =>
        AnsweredByTheLoop(requestsSent, answer) ? CommonMistakes.BrokenArgumentsCaughtAroundLoop : null;

    /// <summary>
    /// <see cref="CommonMistakes.FailingCallCaughtAroundLoop"/> when the loop, whose first response held a call that fails
    /// (a function that throws, or one the model invented), sent no second request and returned text anyway. Otherwise none.
    /// </summary>
    public static string? ForFailingCallAnsweredByTheLoop(int requestsSent, string? answer) =>
        AnsweredByTheLoop(requestsSent, answer) ? CommonMistakes.FailingCallCaughtAroundLoop : null;

    /// <summary>
    /// For a loop that returned although the model's call failed: <see cref="CommonMistakes.ModelErrorRetried"/> when it sent
    /// a request again as it was (two requests in a row with as many messages), otherwise
    /// <see cref="CommonMistakes.ModelErrorCaughtAroundLoop"/>.
    /// </summary>
    /// <param name="messagesPerRequest">How many messages each request the model received held, in order.</param>
    public static string ForSwallowedModelError(IReadOnlyList<int> messagesPerRequest) =>
        messagesPerRequest.Zip(messagesPerRequest.Skip(1)).Any(pair => pair.First == pair.Second)
            ? CommonMistakes.ModelErrorRetried
            : CommonMistakes.ModelErrorCaughtAroundLoop;

    /// <summary>
    /// <see cref="CommonMistakes.UnknownFunctionNotHandled"/> when the message names the function the model invented, as a
    /// dictionary's indexer does, otherwise none.
    /// </summary>
    public static string? ForUnknownFunction(string exceptionMessage, string inventedName) =>
        exceptionMessage.Contains($"'{inventedName}'", StringComparison.Ordinal) || exceptionMessage.Contains($" {inventedName}", StringComparison.Ordinal)
            ? CommonMistakes.UnknownFunctionNotHandled
            : null;

    private static bool AnsweredByTheLoop(int requestsSent, string? answer) => requestsSent == 1 && !string.IsNullOrEmpty(answer);
}
