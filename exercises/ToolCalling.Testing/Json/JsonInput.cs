using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ToolCalling.Testing;

/// <summary>
/// Reads untrusted JSON (a learner's file, a request body) and explains every way it can be unusable:
/// each failure is a <see cref="JsonInputException"/> naming the place and the fix, never a crash.
/// </summary>
public static class JsonInput
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Parses JSON text. <paramref name="sourceName"/> labels the messages, such as a file name.</summary>
    public static JsonNode? Parse(string text, string sourceName, JsonInputLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        limits ??= JsonInputLimits.Default;
        limits.EnsureUsable();
        if (text is null)
        {
            throw new JsonInputException(sourceName, "there is no text to read (null)");
        }

        text = text.TrimStart('\uFEFF');
        // Every character takes at least one UTF-8 byte, so this rejects huge text before encoding it.
        if (text.Length > limits.MaxBytes)
        {
            throw TooLarge(sourceName, text.Length, limits, atLeast: true);
        }

        byte[] utf8;
        try
        {
            utf8 = StrictUtf8.GetBytes(text);
        }
        catch (EncoderFallbackException exception)
        {
            var position = TextPosition.InText(text, exception.Index);
            throw new JsonInputException(sourceName,
                "the text holds half of a character pair (a lone UTF-16 surrogate), which no JSON reader can accept",
                position.Line, position.Column);
        }

        return ParseUtf8(utf8, sourceName, limits);
    }

    /// <summary>Reads and parses a UTF-8 JSON file; a byte order mark is allowed.</summary>
    public static JsonNode? ReadFile(string path, JsonInputLimits? limits = null)
    {
        limits ??= JsonInputLimits.Default;
        limits.EnsureUsable();
        var bytes = JsonFile.ReadBytes(path, limits);
        return ParseUtf8(JsonFile.CheckText(bytes, path), path, limits);
    }

    /// <summary>
    /// Reads a UTF-8 JSON file, or a pipe named like one, once; returns the bytes, to be parsed with
    /// <see cref="Parse(byte[], string, JsonInputLimits?)"/> and given to <see cref="JsonLines.Of"/> as well.
    /// </summary>
    public static byte[] ReadFileBytes(string path, JsonInputLimits? limits = null)
    {
        limits ??= JsonInputLimits.Default;
        limits.EnsureUsable();
        return JsonFile.CheckText(JsonFile.ReadBytes(path, limits), path);
    }

    /// <summary>
    /// Reads UTF-8 JSON text from a stream, such as standard input, to its end; a byte order mark is allowed.
    /// Returns the bytes, so that they can be parsed with <see cref="Parse(byte[], string, JsonInputLimits?)"/> and
    /// given to <see cref="JsonLines.Of"/> as well.
    /// </summary>
    public static byte[] ReadBytes(Stream stream, string sourceName, JsonInputLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        limits ??= JsonInputLimits.Default;
        limits.EnsureUsable();
        return JsonFile.CheckText(JsonFile.ReadBytes(stream, sourceName, limits), sourceName, "the input");
    }

    /// <summary>Parses UTF-8 JSON text, such as the bytes <see cref="ReadBytes"/> returns; a byte order mark is allowed.</summary>
    public static JsonNode? Parse(byte[] utf8, string sourceName, JsonInputLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        ArgumentNullException.ThrowIfNull(sourceName);
        limits ??= JsonInputLimits.Default;
        limits.EnsureUsable();
        return ParseUtf8(JsonFile.CheckText(utf8, sourceName, "the input"), sourceName, limits);
    }

    internal static JsonNode? ParseUtf8(ReadOnlySpan<byte> utf8, string sourceName, JsonInputLimits limits)
    {
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        if (utf8.Length > limits.MaxBytes)
        {
            throw TooLarge(sourceName, utf8.Length, limits, atLeast: false);
        }

        if (utf8.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new JsonInputException(sourceName, "it is empty; a JSON document needs a value, such as an object: { ... }");
        }

        JsonSyntaxCheck.Run(utf8, sourceName, limits);
        var options = new JsonDocumentOptions { MaxDepth = limits.MaxDepth, AllowDuplicateProperties = false };
        return JsonNode.Parse(utf8, documentOptions: options);
    }

    internal static JsonInputException TooLarge(string sourceName, long size, JsonInputLimits limits, bool atLeast) =>
        new(sourceName, $"it is {(atLeast ? "at least " : "")}{Bytes(size)}, over the limit of {Bytes(limits.MaxBytes)}; " +
            "a tool definition or request is a few kilobytes, so check that this is the right input");

    private static string Bytes(long count) => count switch
    {
        >= 1024 * 1024 => $"{count / (1024.0 * 1024.0):0.#} MiB",
        >= 1024 => $"{count / 1024.0:0.#} KiB",
        _ => $"{count} bytes",
    };
}
