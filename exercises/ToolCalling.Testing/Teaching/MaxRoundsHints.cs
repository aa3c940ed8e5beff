namespace ToolCalling.Testing;

/// <summary>
/// Recognises a loop that stopped exactly one round early: its guard counted the requests to the model, not the rounds
/// of tool calls.
/// </summary>
public static class MaxRoundsHints
{
    /// <summary><see cref="CommonMistakes.MaxRoundsCountsRequests"/> when <paramref name="found"/> is one short of <paramref name="expected"/>, otherwise none.</summary>
    /// <param name="found">Requests sent, or function runs made, by the learner's loop.</param>
    /// <param name="expected">How many a guard that counts rounds would have allowed.</param>
    public static string? WhenOneShort(int found, int expected) =>
        found == expected - 1 ? CommonMistakes.MaxRoundsCountsRequests : null;
}
