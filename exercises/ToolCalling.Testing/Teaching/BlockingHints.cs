namespace ToolCalling.Testing;

/// <summary>
/// Recognises a task that was blocked on with .Result or .Wait() rather than awaited: whatever the task threw then
/// reaches the caller wrapped in an <see cref="AggregateException"/>.
/// </summary>
public static class BlockingHints
{
    private static readonly string AggregateType = typeof(AggregateException).FullName!;

    /// <summary>
    /// <see cref="CommonMistakes.TaskBlockedOn"/> when <paramref name="thrown"/> names an AggregateException, otherwise none.
    /// </summary>
    /// <param name="thrown">The full name of the exception's type, or a failure written as "&lt;type&gt;: &lt;message&gt;".</param>
    public static string? For(string? thrown) =>
        thrown is not null && (thrown == AggregateType || thrown.StartsWith(AggregateType + ":", StringComparison.Ordinal))
            ? CommonMistakes.TaskBlockedOn
            : null;
}
