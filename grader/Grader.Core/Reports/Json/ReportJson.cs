using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Grader.Reports;

/// <summary>
/// How the JSON formats write: indented, <c>\n</c> newlines, numbers as <see cref="ReportNumbers"/> spells
/// them, and text in UTF-8 as it is. <see cref="Utf8JsonWriter"/> alone would write characters outside the
/// Basic Multilingual Plane (emoji, some CJK) as <c>\uD83D\uDE00</c>, so property values are quoted here
/// instead. Strings inside arrays go through the writer, because it does not indent raw array items.
/// </summary>
internal static class ReportJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // safe: the output is a file, never inlined in HTML
    };

    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            write(json);
        }

        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        output.Write('\n');
    }

    public static void WriteText(this Utf8JsonWriter json, string name, string value)
    {
        json.WritePropertyName(name);
        json.WriteRawValue(Quote(value));
    }

    public static void WritePoints(this Utf8JsonWriter json, string name, double points)
    {
        json.WritePropertyName(name);
        json.WriteRawValue(ReportNumbers.Points(points));
    }

    public static void WriteSeconds(this Utf8JsonWriter json, string name, double seconds)
    {
        json.WritePropertyName(name);
        json.WriteRawValue(ReportNumbers.Seconds(seconds));
    }

    /// <summary>
    /// Escapes what JSON requires, and characters that would reorder or hide text for whoever opens the file (they
    /// read back the same); a lone surrogate, which UTF-8 cannot carry, becomes U+FFFD.
    /// </summary>
    private static string Quote(string value)
    {
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        for (var index = 0; index < value.Length; index++)
        {
            var character = value[index];
            switch (character)
            {
                case '"': quoted.Append("\\\""); break;
                case '\\': quoted.Append("\\\\"); break;
                case '\n': quoted.Append("\\n"); break;
                case '\r': quoted.Append("\\r"); break;
                case '\t': quoted.Append("\\t"); break;
                case < ' ': JsonVisibleCharacters.Escape(quoted, character); break;
                default: JsonVisibleCharacters.Append(quoted, value, ref index); break;
            }
        }

        return quoted.Append('"').ToString();
    }
}
