using System.Globalization;
using System.Text;

namespace Grader.Reports;

/// <summary>
/// Makes text that may come from learner code safe to show anywhere: line breaks become <c>\n</c>, and
/// characters that would colour a terminal, break XML or hide text are spelled out as <c>\u001B</c>.
/// </summary>
internal static class VisibleText
{
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
                clean.Append(character).Append(text[++index]);
            }
            else if (IsShowable(character))
            {
                clean.Append(character);
            }
            else
            {
                clean.Append(CultureInfo.InvariantCulture, $"\\u{(int)character:X4}");
            }
        }

        return clean.ToString();
    }

    public static IReadOnlyList<string> Lines(string text) => Clean(text).TrimEnd('\n').Split('\n');

    private static bool IsShowable(char character) =>
        character is '\n' or '\t'
        || (!char.IsControl(character) && !char.IsSurrogate(character) && character is not ('\uFFFE' or '\uFFFF'));
}
