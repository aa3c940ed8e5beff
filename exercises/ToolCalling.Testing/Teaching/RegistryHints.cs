namespace ToolCalling.Testing;

/// <summary>
/// Recognises calls that ran through a registry other than the one passed in: a tool result that says its function is
/// unknown, or a failed lookup of a name, where the test's registry holds that function.
/// </summary>
public static class RegistryHints
{
    /// <summary><see cref="CommonMistakes.GivenRegistryIgnored"/> for an unknown-function error, otherwise none.</summary>
    public static string? ForResult(string? content) =>
        ErrorResults.TextOf(content)?.StartsWith("Unknown function: ", StringComparison.Ordinal) == true
            ? CommonMistakes.GivenRegistryIgnored
            : null;

    /// <summary>
    /// <see cref="CommonMistakes.GivenRegistryIgnored"/> for a <see cref="KeyNotFoundException"/> that names a function
    /// <paramref name="registry"/> holds, as a dictionary's indexer does; otherwise none. JsonElement.GetProperty throws the
    /// same exception without a name, so a function that misses an argument gets no such hint.
    /// </summary>
    public static string? ForException(Exception thrown, IReadOnlyDictionary<string, ToolFunction> registry) =>
        thrown is KeyNotFoundException && registry.Keys.Any(name => thrown.Message.Contains($"'{name}'", StringComparison.Ordinal))
            ? CommonMistakes.GivenRegistryIgnored
            : null;
}
