using System.Globalization;
using System.Text;

namespace Grader.Reports;

/// <summary>
/// Writes text into a JSON string so that whoever opens the file sees it as it is: characters that would reorder or hide
/// it (U+202E, U+200B and the like) and control characters become <c>\uXXXX</c>, which a JSON reader turns back into the
/// same characters. A lone surrogate, which UTF-8 cannot carry, becomes U+FFFD.
/// </summary>
public static class JsonVisibleCharacters
{
    /// <summary>Appends the character at <paramref name="index"/>, or the surrogate pair that starts there, and moves past it.</summary>
    public static void Append(StringBuilder into, string text, ref int index)
    {
        var character = text[index];
        if (char.IsHighSurrogate(character) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            var low = text[++index];
            if (VisibleText.IsInvisible(char.ConvertToUtf32(character, low)))
            {
                Escape(Escape(into, character), low);
            }
            else
            {
                into.Append(character).Append(low);
            }
        }
        else if (char.IsSurrogate(character))
        {
            into.Append('\uFFFD');
        }
        else if (char.IsControl(character) || VisibleText.IsInvisible(character))
        {
            Escape(into, character);
        }
        else
        {
            into.Append(character);
        }
    }

    public static StringBuilder Escape(StringBuilder into, char character) =>
        into.Append(CultureInfo.InvariantCulture, $"\\u{(int)character:X4}");
}
