namespace ToolCalling.Testing;

/// <summary>
/// Recognises a tool function that reads an argument the call does not have: JsonElement.GetProperty throws a
/// <see cref="KeyNotFoundException"/> that names no key, where a dictionary's indexer names the key it missed.
/// </summary>
public static class ArgumentNameHints
{
    // The message of JsonElement.GetProperty's exception: the runtime's default one for a KeyNotFoundException.
    private static readonly string KeylessMessage = new KeyNotFoundException().Message;

    /// <summary>
    /// <see cref="CommonMistakes.ArgumentReadByAnotherName"/> for a KeyNotFoundException without a key in its message,
    /// otherwise none. Use it only where every argument the instructions make required was sent.
    /// </summary>
    public static string? For(string? exceptionType, string? exceptionMessage) =>
        exceptionType == typeof(KeyNotFoundException).FullName && exceptionMessage == KeylessMessage
            ? CommonMistakes.ArgumentReadByAnotherName
            : null;
}
