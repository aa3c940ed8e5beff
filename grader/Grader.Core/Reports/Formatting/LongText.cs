using System.Globalization;

namespace Grader.Reports;

/// <summary>
/// Learner code can make a message as long as it likes (a value it returned, a compiler log of its errors), so every
/// report keeps the same first part of each message and ends it with a line saying how much was left out.
/// </summary>
internal static class LongText
{
    /// <summary>What a report keeps of one message: enough for a long compiler log, small enough for any CI page.</summary>
    public const int MaxCharacters = 10_000;

    public static string Shorten(string text, int maxCharacters = MaxCharacters)
    {
        if (text.Length <= maxCharacters)
        {
            return text;
        }

        var kept = maxCharacters > 0 && char.IsHighSurrogate(text[maxCharacters - 1]) ? maxCharacters - 1 : maxCharacters;
        return $"{text[..kept]}\n{Marker(text.Length - kept)}";
    }

    /// <summary>The line that ends a shortened message: <c>... (990,000 more characters not shown)</c>.</summary>
    public static string Marker(int charactersLeftOut) =>
        $"... ({charactersLeftOut.ToString("N0", CultureInfo.InvariantCulture)} more characters not shown)";
}
