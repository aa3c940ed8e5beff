using System.Globalization;

namespace ToolCalling.Testing;

/// <summary>Small text helpers for failure messages that learners read.</summary>
public static class Teaching
{
    private const int MaxShown = 400;

    /// <summary>Escapes braces so FluentAssertions prints the text as written instead of reading placeholders.</summary>
    public static string Literal(string text) => text
        .Replace("{context:result}", "\u0001", StringComparison.Ordinal)
        .Replace("{reason}", "\u0002", StringComparison.Ordinal)
        .Replace("{", "{{", StringComparison.Ordinal)
        .Replace("}", "}}", StringComparison.Ordinal)
        .Replace("\u0001", "{context:result}", StringComparison.Ordinal)
        .Replace("\u0002", "{reason}", StringComparison.Ordinal);

    /// <summary>Quotes a value for a message, cutting very long values short.</summary>
    public static string Quote(string? text) => text is null ? "null" : $"\"{Shorten(text)}\"";

    /// <summary>A count and its noun, in the plural unless the count is one: "1 word", "3 words".</summary>
    public static string Count(int count, string noun) => $"{count} {Plural(noun, count)}";

    /// <summary>
    /// As <see cref="Count"/>, with the thousands separated, for counts that can run that high, such as the problems
    /// in a tool definition: "1 warning", "1,024 warnings".
    /// </summary>
    public static string LargeCount(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {Plural(noun, count)}");

    /// <summary>A type's name without its namespace, as messages name exceptions: "KeyNotFoundException" for "System.Collections.Generic.KeyNotFoundException".</summary>
    /// <summary>
    /// The words of <paramref name="text"/>, split at any white space: a description written over several lines has as many
    /// words as on one. Every check of a description's length counts them this way, in the visible tests and the grader alike.
    /// </summary>
    public static string[] Words(string? text) => (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    public static string ShortTypeName(string fullName) => fullName[(fullName.LastIndexOf('.') + 1)..];

    /// <summary>Cuts very long text short, saying how long it was.</summary>
    public static string Shorten(string text) =>
        text.Length > MaxShown ? text[..MaxShown] + $"... ({text.Length} characters in all)" : text;

    private static string Plural(string noun, int count) => count == 1 ? noun : noun + "s";
}
