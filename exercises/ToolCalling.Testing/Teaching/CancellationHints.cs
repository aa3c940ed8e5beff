namespace ToolCalling.Testing;

/// <summary>
/// Recognises why a cancelled token did not end the loop with an OperationCanceledException. The mock models throw for a
/// cancelled token before they record the request, so a recorded request is one that never received the token.
/// </summary>
public static class CancellationHints
{
    /// <param name="thrown">
    /// What the loop ended with: the full name of the exception's type, or a failure written as "&lt;type&gt;: &lt;message&gt;";
    /// null when it returned.
    /// </param>
    /// <param name="requestsRecorded">Requests the model recorded.</param>
    /// <returns>
    /// <see cref="CommonMistakes.TokenNotPassed"/> when the model recorded a request; <see cref="CommonMistakes.CancellationCaughtAroundLoop"/>
    /// when it recorded none, so it did throw, and the loop returned anyway; <see cref="CommonMistakes.TaskBlockedOn"/> when the
    /// model's OperationCanceledException came back wrapped in an AggregateException; otherwise none.
    /// </returns>
    public static string? For(string? thrown, int requestsRecorded) =>
        requestsRecorded > 0 ? CommonMistakes.TokenNotPassed
        : thrown is null ? CommonMistakes.CancellationCaughtAroundLoop
        : BlockingHints.For(thrown);
}
