using System.Text;

namespace Grader.Reports;

/// <summary>
/// Puts text that may come from learner code into GitHub-flavoured Markdown without letting it change the
/// layout: inline text is escaped (table pipes, emphasis, code spans, HTML, links, math), longer text goes into
/// a fenced block whose fence is longer than any run of backticks inside it.
/// </summary>
internal static class MarkdownText
{
    private const int MaxLines = 40;
    private const int MaxCharacters = 4000;

    /// <summary>
    /// Escapes text for one line of Markdown, a table cell included; line breaks become spaces. Nothing in it can
    /// become a link, an image, HTML or math.
    /// </summary>
    public static string Inline(string text)
    {
        var clean = VisibleText.Clean(text);
        var escaped = new StringBuilder(clean.Length + 8);
        for (var index = 0; index < clean.Length; index++)
        {
            var character = clean[index];
            switch (character)
            {
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '&': escaped.Append("&amp;"); break;
                case '\n': escaped.Append(' '); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~' or '$' or '@':
                    escaped.Append('\\').Append(character);
                    break;
                case ':' or '.' when WouldStartALink(clean, index):
                    escaped.Append('\\').Append(character);
                    break;
                default: escaped.Append(character); break;
            }
        }

        return escaped.ToString();
    }

    public static bool IsOneLine(string text) => !VisibleText.Clean(text).TrimEnd('\n').Contains('\n', StringComparison.Ordinal);

    /// <summary>
    /// A message cut short, at <see cref="MaxLines"/> lines or <see cref="MaxCharacters"/> characters, so that a long
    /// compiler log cannot push a job summary past GitHub's size limit. The JSON and text reports keep more of it.
    /// </summary>
    public static string Shortened(string message)
    {
        var kept = Math.Min(message.Length, MaxCharacters);
        var lineBreaks = 0;
        for (var index = 0; index < kept; index++)
        {
            if (BreaksTheLine(message, index) && ++lineBreaks == MaxLines)
            {
                kept = index;
            }
        }

        return LongText.Shorten(message, kept);
    }

    /// <summary>A fenced code block, each line starting with <paramref name="indent"/>.</summary>
    public static IEnumerable<string> Fenced(string text, string indent)
    {
        var lines = VisibleText.Lines(text);
        var fence = new string('`', Math.Max(3, lines.Max(LongestBacktickRun) + 1));
        yield return $"{indent}{fence}text";
        foreach (var line in lines)
        {
            yield return line.Length == 0 ? "" : indent + line.TrimEnd();
        }

        yield return indent + fence;
    }

    // A carriage return breaks the line as a line feed does (VisibleText shows it so); in "\r\n" the pair counts once.
    private static bool BreaksTheLine(string text, int index) =>
        text[index] == '\n' || (text[index] == '\r' && (index + 1 == text.Length || text[index + 1] != '\n'));

    // GitHub turns "http://...", "www.example.com" and "someone@example.com" into links of its own accord (the
    // autolink extension of GFM). An escaped ':' before "//", '.' after "www" or '@' stops it.
    private static bool WouldStartALink(string text, int index) => text[index] == ':'
        ? text.AsSpan(index + 1).StartsWith("//", StringComparison.Ordinal)
        : index >= 3 && text.AsSpan(index - 3, 3).Equals("www", StringComparison.OrdinalIgnoreCase);

    private static int LongestBacktickRun(string line)
    {
        int longest = 0, current = 0;
        foreach (var character in line)
        {
            current = character == '`' ? current + 1 : 0;
            longest = Math.Max(longest, current);
        }

        return longest;
    }
}
