namespace ToolCalling.Testing;

/// <summary>
/// Recognises a loop that gets its rounds wrong: it returns after the first round of tool calls, or it counts the final
/// text answer as a round.
/// </summary>
public static class RoundHints
{
    /// <summary>
    /// <see cref="CommonMistakes.StopsAfterOneRound"/> when the loop sent two requests where more were due: it answered
    /// the first round and returned whatever came back, tool calls included. Otherwise none.
    /// </summary>
    public static string? WhenStoppedAfterOneRound(int requestsSent, int requestsDue) =>
        requestsSent == 2 && requestsDue > 2 ? CommonMistakes.StopsAfterOneRound : null;

    /// <summary><see cref="CommonMistakes.RoundsCountRequests"/> when <paramref name="roundsFound"/> is one more than <paramref name="roundsDue"/>, otherwise none.</summary>
    public static string? WhenCountingRequests(int roundsFound, int roundsDue) =>
        roundsFound == roundsDue + 1 ? CommonMistakes.RoundsCountRequests : null;
}
