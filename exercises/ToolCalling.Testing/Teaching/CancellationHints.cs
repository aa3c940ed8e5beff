namespace ToolCalling.Testing;

/// <summary>
/// Recognises why a cancelled token did not end the loop with an OperationCanceledException. The mock models throw for a
/// cancelled token before they record the request, so a recorded request is one that never received the token.
/// </summary>
public static class CancellationHints
{
    /// <param name="threw">Whether the loop ended with an exception (of any type).</param>
    /// <param name="requestsRecorded">Requests the model recorded.</param>
    /// <returns>
    /// <see cref="CommonMistakes.TokenNotPassed"/> when the model recorded a request; <see cref="CommonMistakes.CancellationCaughtAroundLoop"/>
    /// when it recorded none, so it did throw, and the loop returned anyway; otherwise none.
    /// </returns>
    public static string? For(bool threw, int requestsRecorded) =>
        requestsRecorded > 0 ? CommonMistakes.TokenNotPassed
        : !threw ? CommonMistakes.CancellationCaughtAroundLoop
        : null;
}
