namespace ToolCalling.Testing;

/// <summary>
/// The likely mistakes that the mock API and the mock models attach to what they throw. An act reports the hint of the
/// mock's exception that the code under test let through (<see cref="Of"/>), but the code may have
/// made that exception itself, with a hint of its choosing: the constructor is internal, yet reflection reaches it. So a
/// check names such a hint only when it begins with one of these.
/// </summary>
public static class MockHints
{
    private static readonly IReadOnlyList<string> Given = [.. ApiErrors.LikelyMistakes, .. ResponseRules.LikelyMistakes];

    /// <summary>
    /// The hint that the mock API or a mock model attached to what it threw; null for any other exception, even one of the
    /// code's own types that bears the same name.
    /// </summary>
    public static string? Of(Exception thrown) => thrown switch
    {
        ChatApiException error => error.Hint,
        MockResponseRefusedException refused => refused.Hint,
        _ => null,
    };

    /// <summary>
    /// Names <paramref name="hint"/> (<see cref="NamedHints.Name"/>) when it begins with a likely mistake that the mock API
    /// or a mock model gives, and returns it; otherwise returns null and names nothing.
    /// </summary>
    public static string? Name(string? hint) =>
        hint is not null && Given.Any(mistake => hint.StartsWith(mistake, StringComparison.Ordinal)) ? NamedHints.Name(hint) : null;
}
