namespace ToolCalling.Testing;

/// <summary>
/// A mock model refused its own answer because the real API would never send it for this request: the tool calls do
/// not fit the declared tools, their schemas, tool_choice or parallel_tool_calls. In a test of tool-calling code, the
/// declared tools are usually what is wrong; in a test's own script, the scripted response.
/// </summary>
public sealed class MockResponseRefusedException : InvalidOperationException
{
    // Internal, as ChatApiException's: only the mock models attach a hint, so a hint it carries was not made up by the code under test.
    internal MockResponseRefusedException(string message, string? hint)
        : base(hint is null ? message : $"{message}\n{hint}")
    {
        Hint = hint;
    }

    /// <summary>What most likely made the answer impossible in tool-calling code, or null. It ends the message.</summary>
    public string? Hint { get; }
}
