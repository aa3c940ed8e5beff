using System.Text;

namespace ToolCalling.Testing;

/// <summary>A 1-based line and column, as an editor shows them.</summary>
internal readonly record struct TextPosition(int Line, int Column)
{
    /// <summary>The position of a byte offset in UTF-8 text; columns count characters, not bytes.</summary>
    public static TextPosition InUtf8(ReadOnlySpan<byte> utf8, int offset)
    {
        offset = Math.Clamp(offset, 0, utf8.Length);
        var before = utf8[..offset];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return new TextPosition(line, Encoding.UTF8.GetCharCount(before[lineStart..]) + 1);
    }

    /// <summary>The position of a character index in a string.</summary>
    public static TextPosition InText(string text, int index)
    {
        var before = text.AsSpan(0, Math.Clamp(index, 0, text.Length));
        var lineStart = before.LastIndexOf('\n') + 1;
        return new TextPosition(before.Count('\n') + 1, before.Length - lineStart + 1);
    }

    /// <summary>
    /// The byte offset that System.Text.Json means by a 0-based line number and byte position in that
    /// line; it counts lines by '\n' only, as this type does.
    /// </summary>
    public static int OffsetOf(ReadOnlySpan<byte> utf8, long lineNumber, long bytePositionInLine)
    {
        var offset = 0;
        for (long line = 0; line < lineNumber; line++)
        {
            var next = utf8[offset..].IndexOf((byte)'\n');
            if (next < 0)
            {
                return utf8.Length;
            }

            offset += next + 1;
        }

        return (int)Math.Min(utf8.Length, offset + bytePositionInLine);
    }
}
