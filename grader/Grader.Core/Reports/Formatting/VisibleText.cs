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
                if (IsInvisible(char.ConvertToUtf32(character, low)))
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

    /// <summary>
    /// Like <see cref="Clean"/>, for a name that must stay on one line: line breaks and tabs become spaces, since a tab
    /// is as wide as the terminal decides and would push a table's columns out of line.
    /// </summary>
    public static string OneLine(string text) => Clean(text).Replace('\n', ' ').Replace('\t', ' ');

    public static IReadOnlyList<string> Lines(string text) => Clean(text).TrimEnd('\n').Split('\n');

    /// <summary>
    /// Whether a character shows as nothing, or changes how the ones around it show: the format characters, among
    /// them the bidirectional overrides (U+202E shows "exe.txt" as "txt.exe") and the zero-width ones, and the line
    /// and paragraph separators, which break lines where nothing else in a report does.
    /// </summary>
    public static bool IsInvisible(int codePoint) =>
        codePoint != ZeroWidthJoiner
        && CharUnicodeInfo.GetUnicodeCategory(codePoint) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    private static bool IsShowable(char character) =>
        character is '\n' or '\t'
        || (!char.IsControl(character) && !char.IsSurrogate(character) && character is not ('\uFFFE' or '\uFFFF') && !IsInvisible(character));

    private static StringBuilder SpellOut(StringBuilder clean, char character) =>
        clean.Append(CultureInfo.InvariantCulture, $"\\u{(int)character:X4}");
}
