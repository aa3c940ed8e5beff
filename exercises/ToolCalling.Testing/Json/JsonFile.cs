using System.Text;

namespace ToolCalling.Testing;

/// <summary>Reads a JSON file's bytes and checks that they are UTF-8 text, before any JSON parsing.</summary>
internal static class JsonFile
{
    // Git's test for binary content: a NUL byte near the start.
    private const int BinaryProbeLength = 8000;

    public static byte[] ReadBytes(string path, JsonInputLimits limits)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new JsonInputException(path ?? "", "no file name was given");
        }

        try
        {
            if (Directory.Exists(path))
            {
                throw new JsonInputException(path, "this is a folder, not a file; name the JSON file inside it");
            }

            if (!File.Exists(path))
            {
                throw new JsonInputException(path, "the file does not exist; check the name and the folder you ran this from");
            }

            // File.Exists is true for a link whose file is gone, and opening it would only say "Could not find file".
            if (new FileInfo(path).LinkTarget is { } target && File.ResolveLinkTarget(path, returnFinalTarget: true) is { Exists: false })
            {
                throw new JsonInputException(path, $"it is a link to {target}, which does not exist; point the link at the JSON file, or give that file itself");
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            if (!stream.CanSeek)
            {
                // A pipe, such as bash's <(...): its length is unknown until it ends.
                return ReadUpToTheLimit(stream, path, limits, expected: 0);
            }

            if (stream.Length > limits.MaxBytes)
            {
                throw JsonInput.TooLarge(path, stream.Length, limits, atLeast: false);
            }

            return ReadUpToTheLimit(stream, path, limits, Math.Min(stream.Length, limits.MaxBytes));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new JsonInputException(path, $"the file cannot be read: {exception.Message}");
        }
    }

    /// <summary>Reads a stream whose length is not known in advance, such as standard input, to its end.</summary>
    public static byte[] ReadBytes(Stream stream, string sourceName, JsonInputLimits limits)
    {
        try
        {
            return ReadUpToTheLimit(stream, sourceName, limits, expected: 0);
        }
        catch (Exception exception) when (exception is IOException or NotSupportedException or ObjectDisposedException)
        {
            throw new JsonInputException(sourceName, $"it cannot be read: {exception.Message}");
        }
    }

    private static byte[] ReadUpToTheLimit(Stream stream, string sourceName, JsonInputLimits limits, long expected)
    {
        // Reads one byte past the limit, which tells a stream that holds too much (or a file that grew while it was
        // read) from one that fits exactly.
        using var buffer = new MemoryStream((int)Math.Min(expected + 1, int.MaxValue));
        var chunk = new byte[81920];
        int read;
        while (buffer.Length <= limits.MaxBytes && (read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limits.MaxBytes + 1 - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.Length > limits.MaxBytes
            ? throw JsonInput.TooLarge(sourceName, buffer.Length, limits, atLeast: true)
            : buffer.ToArray();
    }

    /// <summary>Returns the bytes when they are UTF-8 text; explains what they are otherwise.</summary>
    /// <param name="what">What the bytes are called in a message: "the file", or "the input" for a stream.</param>
    public static byte[] CheckText(byte[] bytes, string path, string what = "the file")
    {
        if (bytes is [0xFF, 0xFE, 0, 0, ..] or [0, 0, 0xFE, 0xFF, ..])
        {
            throw new JsonInputException(path, $"{what} is saved as UTF-32; save it as UTF-8 instead");
        }

        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            throw new JsonInputException(path, $"{what} is saved as UTF-16; save it as UTF-8 instead");
        }

        if (LooksLikeUtf16WithoutMark(bytes))
        {
            throw new JsonInputException(path, $"{what} looks saved as UTF-16 without a byte order mark (every other byte is 0); save it as UTF-8 instead");
        }

        if (bytes.AsSpan(0, Math.Min(bytes.Length, BinaryProbeLength)).Contains((byte)0))
        {
            throw new JsonInputException(path, $"{what} looks like binary data (it contains NUL bytes), not JSON text");
        }

        var invalidAt = FirstInvalidUtf8(bytes);
        if (invalidAt >= 0)
        {
            var position = TextPosition.InUtf8(bytes, invalidAt);
            throw new JsonInputException(path,
                $"{what} is not valid UTF-8 (the byte 0x{bytes[invalidAt]:X2} cannot start or continue a character here); " +
                "save it as UTF-8, which most editors offer under \"Save with encoding\"", position.Line, position.Column);
        }

        return bytes;
    }

    // JSON text starts with ASCII ('{', '[', a space), which UTF-16 writes as that byte and a 0, in one order or the other.
    private static bool LooksLikeUtf16WithoutMark(byte[] bytes)
    {
        var length = Math.Min(bytes.Length, BinaryProbeLength) & ~1;
        return length >= 2 && AllZero(bytes, length, 1) != AllZero(bytes, length, 0);
    }

    private static bool AllZero(byte[] bytes, int length, int parity)
    {
        for (var index = parity; index < length; index += 2)
        {
            if (bytes[index] != 0)
            {
                return false;
            }
        }

        return true;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return -1;
        }

        var offset = 0;
        while (offset < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return -1;
    }
}
