using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Grader.Reports;

namespace Grader.Cli.Commands;

/// <summary>
/// JSON that a script reads and a person may see in a terminal: indented, with learner text as it is, except the
/// characters that would reorder or hide it (U+202E, U+200B and the like), which are escaped as the JSON reports escape
/// them. A script reads back the same text.
/// </summary>
internal static class JsonForScripts
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Text(JsonNode json)
    {
        var text = json.ToJsonString(Options);
        var escaped = new StringBuilder(text.Length);
        for (var index = 0; index < text.Length; index++)
        {
            var character = text[index];
            // Outside strings JSON holds only ASCII, so whatever is escaped here sits inside a string, where \uXXXX is the same character.
            if (char.IsHighSurrogate(character) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                var low = text[++index];
                if (VisibleText.IsInvisible(char.ConvertToUtf32(character, low)))
                {
                    Escape(Escape(escaped, character), low);
                }
                else
                {
                    escaped.Append(character).Append(low);
                }
            }
            else if (VisibleText.IsInvisible(character) || (char.IsControl(character) && character is not ('\n' or '\r')))
            {
                Escape(escaped, character);
            }
            else
            {
                escaped.Append(character);
            }
        }

        return escaped.ToString();
    }

    private static StringBuilder Escape(StringBuilder escaped, char character) =>
        escaped.Append(CultureInfo.InvariantCulture, $"\\u{(int)character:X4}");
}
