namespace ToolCalling.Testing;

/// <summary>
/// Recognises what went wrong with the max-rounds guard: a loop that stopped exactly one round early, since its guard
/// counted the requests to the model, not the rounds of tool calls; or a loop whose own try/catch swallowed the guard.
/// </summary>
public static class MaxRoundsHints
{
    /// <summary><see cref="CommonMistakes.MaxRoundsCountsRequests"/> when <paramref name="found"/> is one short of <paramref name="expected"/>, otherwise none.</summary>
    /// <param name="found">Requests sent, or function runs made, by the learner's loop.</param>
    /// <param name="expected">How many a guard that counts rounds would have allowed.</param>
    public static string? WhenOneShort(int found, int expected) =>
        found == expected - 1 ? CommonMistakes.MaxRoundsCountsRequests : null;

    /// <summary>
    /// <see cref="CommonMistakes.GuardCaughtAroundLoop"/> when the loop returned instead of throwing although it stopped
    /// before the endless test model gave up: something stopped it, most likely the guard, whose exception was then caught.
    /// </summary>
    /// <param name="threw">Whether the loop ended with an exception.</param>
    /// <param name="requestsSent">Requests the loop sent to the endless model.</param>
    /// <param name="modelGivesUpAfter">How many requests the endless model answers before it throws, for a loop without a guard.</param>
    public static string? WhenGuardCaught(bool threw, int requestsSent, int modelGivesUpAfter) =>
        !threw && requestsSent <= modelGivesUpAfter ? CommonMistakes.GuardCaughtAroundLoop : null;
}
