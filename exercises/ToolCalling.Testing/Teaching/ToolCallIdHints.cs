namespace ToolCalling.Testing;

/// <summary>
/// Picks the likely mistake behind tool messages that do not answer the calls one by one, in order: the same ids in
/// another order, one id used twice, or ids that belong to no call.
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
}
