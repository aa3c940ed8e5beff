namespace ToolCalling.Testing;

/// <summary>
/// Recognises what went wrong with the max-rounds guard: a loop that stopped exactly one round early, since its guard
/// counted the requests to the model, not the rounds of tool calls; one that stopped a round late; or a loop whose own try/catch swallowed the guard.
/// </summary>
public static class MaxRoundsHints
{
    /// <summary><see cref="CommonMistakes.MaxRoundsCountsRequests"/> when <paramref name="found"/> is one short of <paramref name="expected"/>, otherwise none.</summary>
    /// <param name="found">Requests sent, or function runs made, by the learner's loop.</param>
    /// <param name="expected">How many a guard that counts rounds would have allowed.</param>
    public static string? WhenOneShort(int found, int expected) =>
        found == expected - 1 ? CommonMistakes.MaxRoundsCountsRequests : null;

    /// <summary><see cref="CommonMistakes.MaxRoundsOneRoundTooMany"/> when <paramref name="found"/> is one more than <paramref name="expected"/>, otherwise none.</summary>
    /// <param name="found">Requests sent, or function runs made, by the learner's loop.</param>
    /// <param name="expected">How many a guard that counts rounds would have allowed.</param>
    public static string? WhenOneOver(int found, int expected) =>
        found == expected + 1 ? CommonMistakes.MaxRoundsOneRoundTooMany : null;

    /// <summary>The hint for a guard that stopped one round early (<see cref="WhenOneShort"/>) or one round late (<see cref="WhenOneOver"/>), otherwise none.</summary>
    /// <param name="found">Requests sent, or function runs made, by the learner's loop.</param>
    /// <param name="expected">How many a guard that counts rounds would have allowed.</param>
    public static string? WhenOneOff(int found, int expected) => WhenOneShort(found, expected) ?? WhenOneOver(found, expected);

    /// <summary>
    /// Why a loop returned instead of stopping an endless test model with its guard's exception, when it stopped before the
    /// model gave up: it returned after the first round with the model's empty content
    /// (<see cref="CommonMistakes.StopsAfterOneRound"/>), or something stopped it, most likely the guard, whose exception
    /// its own try/catch then caught (<see cref="CommonMistakes.GuardCaughtAroundLoop"/>). None when it threw, or when it ran
    /// until the model gave up: a loop without a guard has no guard to catch.
    /// </summary>
    /// <param name="threw">Whether the loop ended with an exception.</param>
    /// <param name="answer">What the loop returned. An endless model never answers with text, so any text is the loop's own.</param>
    /// <param name="requestsSent">Requests the loop sent to the endless model.</param>
    /// <param name="requestsDue">Requests a loop with a working guard sends: one per allowed round, and the one it stops at.</param>
    /// <param name="modelGivesUpAfter">How many requests the endless model answers before it throws, for a loop without a guard.</param>
    public static string? WhenGuardCaught(bool threw, string? answer, int requestsSent, int requestsDue, int modelGivesUpAfter) =>
        threw || requestsSent > modelGivesUpAfter ? null
        : string.IsNullOrEmpty(answer) && RoundHints.WhenStoppedAfterOneRound(requestsSent, requestsDue) is { } stoppedEarly ? stoppedEarly
        : CommonMistakes.GuardCaughtAroundLoop;
}
