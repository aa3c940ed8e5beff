namespace ToolCalling.Testing;

/// <summary>
/// Recognises a tool result that says its function is unknown where the test's registry holds that function: the calls
/// ran through a registry other than the one passed in.
/// </summary>
public static class RegistryHints
{
    /// <summary><see cref="CommonMistakes.GivenRegistryIgnored"/> for an unknown-function error, otherwise none.</summary>
    public static string? ForResult(string? content) =>
        JsonText.TryParse(content, out var node, out _) && node.StringAt("error")?.StartsWith("Unknown function: ", StringComparison.Ordinal) == true
            ? CommonMistakes.GivenRegistryIgnored
            : null;
}
