namespace ToolCalling.Testing;

/// <summary>
/// Why the result sent for a function that is not in the registry is wrong. Code whose result is checked did not throw,
/// so a result that is an error object with other words needs another hint than a missing error object.
/// </summary>
public static class UnknownFunctionHints
{
    /// <summary>
    /// <see cref="CommonMistakes.UnknownFunctionErrorReworded"/> for an error object, such as one that carries a caught
    /// exception's message; otherwise <see cref="CommonMistakes.UnknownFunctionNotHandled"/>.
    /// </summary>
    public static string ForResult(string? content) =>
        ErrorResults.TextOf(content) is not null ? CommonMistakes.UnknownFunctionErrorReworded : CommonMistakes.UnknownFunctionNotHandled;
}
