using System.Buffers;
using System.Text;
using System.Text.Json;

namespace ToolCalling.Testing;

/// <summary>
/// Turns System.Text.Json's reader errors into plain words, judging from the text at the error, what
/// the syntax check had read before it, and the kind of error the reader names. The reader's own
/// sentence is quoted only when none of that explains the error better.
/// </summary>
internal static class JsonSyntaxErrors
{
    public static JsonInputException Explain(JsonException exception, SyntaxContext context)
    {
        var utf8 = context.Utf8;
        var offset = TextPosition.OffsetOf(utf8, exception.LineNumber ?? 0, exception.BytePositionInLine ?? 0);
        var contentEnd = utf8.TrimEnd(" \t\r\n"u8).Length;
        var valueStart = SkipSeparators(utf8, context.LastTokenEnd);
        var word = WordAt(utf8, valueStart);
        var message = exception.Message;

        var expectedValue = message.Contains("literal", StringComparison.Ordinal) || message.Contains("start of a value", StringComparison.Ordinal);
        if (expectedValue && word.Length > 0 && IsLetter(utf8[valueStart]))
        {
            return Fail(context, valueStart, NotAValue(word));
        }

        // The reader may stop at a last ',' or ':' rather than after it; only separators left means the text ends early.
        if (SkipSeparators(utf8, offset) >= contentEnd)
        {
            return EndsTooEarly(context, valueStart, contentEnd);
        }

        var found = utf8[offset];
        return found switch
        {
            (byte)'/' => Fail(context, offset, "comments are not allowed in JSON; remove the comment"),
            (byte)'}' or (byte)']' when utf8[..offset].TrimEnd(" \t\r\n"u8) is [.., (byte)',']
                => Fail(context, utf8[..offset].TrimEnd(" \t\r\n"u8).Length - 1,
                    $"a comma before '{(char)found}' has nothing after it; JSON allows no trailing comma, so remove it"),
            _ when context.RootDone => Fail(context, offset,
                $"there is more after the end of the JSON value, starting with {Show(utf8, offset)}; a JSON document holds " +
                "exactly one value (to hold several, put them in one array: [ {...}, {...} ])"),
            (byte)'\'' => Fail(context, offset, "names and strings need double quotes (\"); single quotes are not JSON"),
            0 => Fail(context, offset, "found a NUL byte; this looks like binary data, not JSON text"),
            < 0x20 when message.Contains("string", StringComparison.Ordinal) => Fail(context, offset,
                $"a string contains a raw {ControlName(found)}; write it as an escape such as \\n or \\t"),
            < 0x20 => Fail(context, offset, $"found the control character {ControlName(found)}, which JSON does not allow here"),
            _ when message.Contains("Expected a ':'", StringComparison.Ordinal) => Fail(context, offset,
                $"a ':' is missing between the property name and its value (found {Show(utf8, offset)})"),
            _ when message.Contains("property name", StringComparison.Ordinal) => Fail(context, offset, word.Length > 0
                ? $"property names need double quotes: write \"{word}\" instead of {word}"
                : $"expected a property name in double quotes, but found {Show(utf8, offset)}"),
            _ when message.Contains("after a value", StringComparison.Ordinal) => Fail(context, offset,
                $"a ',' is missing before {Show(utf8, offset)}; separate items with commas"),
            _ when message.Contains("leading zero", StringComparison.Ordinal) => Fail(context, offset,
                "a number cannot start with 0 followed by more digits; write 7, not 07"),
            _ when message.Contains("escap", StringComparison.Ordinal) => Fail(context, offset,
                "a string has a backslash that does not start a valid escape; to write a backslash itself, double it (\\\\)"),
            _ => Fail(context, offset, $"this is not valid JSON: {ReaderWords(message)}"),
        };
    }

    private static JsonInputException EndsTooEarly(SyntaxContext context, int valueStart, int contentEnd)
    {
        var utf8 = context.Utf8;
        if (valueStart < utf8.Length && utf8[valueStart] == (byte)'"')
        {
            var start = TextPosition.InUtf8(utf8, valueStart);
            return Fail(context, contentEnd,
                $"the JSON ends inside a string; a closing '\"' is missing (the string starts at line {start.Line}, column {start.Column})");
        }

        if (context.Open.Count == 0)
        {
            return Fail(context, contentEnd, "the JSON ends in the middle of a value");
        }

        var innermost = context.Open[^1];
        var opened = TextPosition.InUtf8(utf8, innermost.OpenedAt);
        var closers = string.Concat(context.Open.Reverse().Select(container => container.Closer));
        var missing = closers.Length == 1 ? $"a '{closers}' is missing" : $"'{closers}' are missing";
        var before = innermost.PendingName is not null && valueStart >= contentEnd ? $", before the value of \"{innermost.PendingName}\"" : "";
        return Fail(context, contentEnd,
            $"the JSON ends too early{before}; {missing} (the {innermost.Kind} opened at line {opened.Line}, column {opened.Column} is never closed)");
    }

    private static string NotAValue(string word)
    {
        string? meant = word switch
        {
            "True" or "False" or "None" => null,
            _ when "true".StartsWith(word, StringComparison.Ordinal) => "true",
            _ when "false".StartsWith(word, StringComparison.Ordinal) => "false",
            _ when "null".StartsWith(word, StringComparison.Ordinal) => "null",
            _ => null,
        };
        return word switch
        {
            "True" or "False" => $"{word} is Python; JSON writes {word.ToLowerInvariant()} in lower case",
            "None" => "None is Python; JSON writes null",
            _ when meant is not null => $"'{word}' is not a JSON value; did you mean {meant}?",
            _ => $"'{word}' is not a JSON value; text values need double quotes (\"{word}\")",
        };
    }

    private static JsonInputException Fail(SyntaxContext context, int offset, string reason) =>
        JsonSyntaxCheck.Fail(context.Utf8, context.SourceName, offset, context.Path, reason);

    private static int SkipSeparators(ReadOnlySpan<byte> utf8, int offset)
    {
        while (offset < utf8.Length && utf8[offset] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)',' or (byte)':')
        {
            offset++;
        }

        return offset;
    }

    private static string WordAt(ReadOnlySpan<byte> utf8, int offset)
    {
        var end = offset;
        while (end < utf8.Length && end - offset < 40 && (IsLetter(utf8[end]) || char.IsAsciiDigit((char)utf8[end]) || utf8[end] == (byte)'_'))
        {
            end++;
        }

        return Encoding.ASCII.GetString(utf8[offset..end]);
    }

    private static bool IsLetter(byte value) => char.IsAsciiLetter((char)value);

    private static string Show(ReadOnlySpan<byte> utf8, int offset)
    {
        var status = Rune.DecodeFromUtf8(utf8[offset..], out var rune, out _);
        return status == OperationStatus.Done && !Rune.IsControl(rune) ? $"'{rune}'" : $"the byte 0x{utf8[offset]:X2}";
    }

    private static string ControlName(byte value) => value switch
    {
        (byte)'\n' => "line break",
        (byte)'\r' => "carriage return",
        (byte)'\t' => "tab",
        _ => $"control character 0x{value:X2}",
    };

    /// <summary>The reader's own sentence without its location suffix and its advice about reader options.</summary>
    private static string ReaderWords(string message)
    {
        var end = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var words = end < 0 ? message : message[..end];
        return words.Replace(" Change the reader options.", "", StringComparison.Ordinal).TrimEnd('.', ' ');
    }
}

/// <summary>What the syntax check knew when the reader gave up.</summary>
internal readonly ref struct SyntaxContext(
    ReadOnlySpan<byte> utf8, string sourceName, IReadOnlyList<OpenContainer> open, int lastTokenEnd, bool rootDone)
{
    public ReadOnlySpan<byte> Utf8 { get; } = utf8;

    public string SourceName { get; } = sourceName;

    public IReadOnlyList<OpenContainer> Open { get; } = open;

    /// <summary>Byte offset just after the last token that was read without error.</summary>
    public int LastTokenEnd { get; } = lastTokenEnd;

    /// <summary>True when a whole JSON value has already been read.</summary>
    public bool RootDone { get; } = rootDone;

    public string? Path => Open.Count == 0 ? (RootDone ? null : "$") : Open[^1].NextValuePath;
}
