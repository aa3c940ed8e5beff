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
            // Outside strings JSON holds only ASCII and its own line breaks, so whatever is escaped here sits inside a
            // string, where \uXXXX is the same character.
            if (text[index] is '\n' or '\r')
            {
                escaped.Append(text[index]);
            }
            else
            {
                JsonVisibleCharacters.Append(escaped, text, ref index);
            }
        }

        return escaped.ToString();
    }
}
