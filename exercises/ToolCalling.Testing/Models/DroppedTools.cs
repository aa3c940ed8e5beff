namespace ToolCalling.Testing;

/// <summary>
/// Speaks to the code under test, not to the test's script, when a scripted tool call names a tool that an earlier
/// request declared and this one leaves out: the loop sent a request without the tools of the request it was given.
/// </summary>
internal static class DroppedTools
{
    public static void Check(IReadOnlyList<ChatCompletionRequest> earlier, ChatCompletionRequest request, ChatCompletionResponse response)
    {
        var declared = request.Tools?.Select(tool => tool.Function.Name).ToHashSet(StringComparer.Ordinal) ?? [];
        var dropped = (response.Choices.FirstOrDefault()?.Message.ToolCalls ?? [])
            .Select(call => call.Function.Name)
            .Where(name => !declared.Contains(name) && earlier.Any(before => Declares(before, name)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (dropped.Count > 0)
        {
            throw new InvalidOperationException(
                $"Request {earlier.Count + 1} declares no tool named {string.Join(", ", dropped.Select(name => $"\"{name}\""))}, " +
                "although an earlier request did, so the model cannot call it any more.\n" +
                "Likely mistake: a request was sent without the tools of the request the code was given. Append the new messages " +
                "to that request, or copy its Tools into the new one: every request of a conversation declares the tools again.");
        }
    }

    private static bool Declares(ChatCompletionRequest request, string name) =>
        request.Tools?.Any(tool => tool.Function.Name == name) == true;
}
