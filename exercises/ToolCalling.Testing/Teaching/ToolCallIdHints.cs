using System.Text.Json.Nodes;

namespace ToolCalling.Testing;

/// <summary>
/// Picks the likely mistake behind tool messages that do not answer the calls one by one, in order: the same ids in
/// another order, one id used twice, ids that belong to no call, or a result that belongs to another call.
/// </summary>
public static class ToolCallIdHints
{
    /// <summary>
    /// The hint for <paramref name="found"/> where <paramref name="expected"/> was due. Both list one entry per message, such
    /// as its tool_call_id. None when the counts differ: then messages are missing, which the failure says by itself.
    /// </summary>
    public static string? For(IReadOnlyList<string> expected, IReadOnlyList<string?> found)
    {
        if (found.Count != expected.Count || found.SequenceEqual(expected))
        {
            return null;
        }

        if (found.Any(id => id is null))
        {
            return CommonMistakes.ToolCallIdMismatched;
        }

        if (found.Order(StringComparer.Ordinal).SequenceEqual(expected.Order(StringComparer.Ordinal)))
        {
            return CommonMistakes.ToolMessagesOutOfOrder;
        }

        return found.Distinct().Count() < found.Count ? CommonMistakes.ToolCallIdReused : CommonMistakes.ToolCallIdMismatched;
    }

    /// <summary>
    /// The hint for a conversation written one line per message, where a tool message reads <paramref name="toolPrefix"/>
    /// and its tool_call_id: the hint of <see cref="For"/> over the tool messages alone. None when the conversations differ
    /// in length, or only in their other messages.
    /// </summary>
    public static string? ForConversation(IReadOnlyList<string> expected, IReadOnlyList<string>? found, string toolPrefix)
    {
        if (found is null || found.Count != expected.Count)
        {
            return null;
        }

        List<string> ToolIds(IEnumerable<string> lines) =>
            lines.Where(line => line.StartsWith(toolPrefix, StringComparison.Ordinal)).Select(line => line[toolPrefix.Length..]).ToList();
        return For(ToolIds(expected), ToolIds(found));
    }

    /// <summary>
    /// The hint for a tool message whose <paramref name="content"/> is wrong: a mismatched tool_call_id when the content
    /// is the expected result of another call of the same round, which is what answering a call with another call's
    /// id gives. None otherwise: a result that is wrapped, written twice or just wrong has a cause of its own.
    /// </summary>
    public static string? ForContent(string? content, IEnumerable<JsonNode?> otherCallsResults)
    {
        if (!JsonText.TryParse(content, out var found, out _))
        {
            return null;
        }

        return otherCallsResults.Any(result => JsonEquivalence.AreEquivalent(result, found)) ? CommonMistakes.ToolCallIdMismatched : null;
    }
}
