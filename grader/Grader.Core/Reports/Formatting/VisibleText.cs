using System.Globalization;
using System.Text;

namespace Grader.Reports;

/// <summary>
/// Makes text that may come from learner code safe to show anywhere: line breaks become <c>\n</c>, and
/// characters that would colour a terminal, break XML, reorder a line or hide text are spelled out as <c>\u001B</c>.
/// </summary>
public static class VisibleText
{
    private const char ZeroWidthJoiner = '\u200D'; // joins emoji such as 👩‍💻, and hides nothing on its own

    public static string Clean(string text)
    {
        var clean = new StringBuilder(text.Length);
        for (var index = 0; index < text.Length; index++)
        {
            var character = text[index];
            if (character == '\r')
            {
                clean.Append('\n');
                if (index + 1 < text.Length && text[index + 1] == '\n')
                {
                    index++;
                }
            }
            else if (char.IsHighSurrogate(character) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                var low = text[++index];
                if (IsInvisible(CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(character, low))))
                {
                    SpellOut(SpellOut(clean, character), low);
                }
                else
                {
                    clean.Append(character).Append(low);
                }
            }
            else if (IsShowable(character))
            {
                clean.Append(character);
            }
            else
            {
                SpellOut(clean, character);
            }
        }

        return clean.ToString();
    }

    /// <summary>Like <see cref="Clean"/>, for a name that must stay on one line: line breaks become spaces.</summary>
    public static string OneLine(string text) => Clean(text).Replace('\n', ' ');

    public static IReadOnlyList<string> Lines(string text) => Clean(text).TrimEnd('\n').Split('\n');

    private static bool IsShowable(char character) =>
        character is '\n' or '\t' or ZeroWidthJoiner
        || (!char.IsControl(character) && !char.IsSurrogate(character) && character is not ('\uFFFE' or '\uFFFF')
            && !IsInvisible(char.GetUnicodeCategory(character)));

    // Format characters include the bidirectional overrides (U+202E shows "exe.txt" as "txt.exe") and the
    // zero-width ones; line and paragraph separators break lines where nothing else in the report does.
    private static bool IsInvisible(UnicodeCategory category) =>
        category is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    private static StringBuilder SpellOut(StringBuilder clean, char character) =>
        clean.Append(CultureInfo.InvariantCulture, $"\\u{(int)character:X4}");
}
