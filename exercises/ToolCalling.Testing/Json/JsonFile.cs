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

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            if (stream.Length > limits.MaxBytes)
            {
                throw JsonInput.TooLarge(path, stream.Length, limits, atLeast: false);
            }

            // Read one byte past the limit, in case the file grows while it is read.
            var buffer = new byte[Math.Min(stream.Length, limits.MaxBytes) + 1];
            var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            if (read > limits.MaxBytes)
            {
                throw JsonInput.TooLarge(path, read, limits, atLeast: true);
            }

            return buffer[..read];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new JsonInputException(path, $"the file cannot be read: {exception.Message}");
        }
    }

    /// <summary>Returns the bytes when they are UTF-8 text; explains what they are otherwise.</summary>
    public static byte[] CheckText(byte[] bytes, string path)
    {
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            throw new JsonInputException(path, "the file is saved as UTF-16; save it as UTF-8 instead");
        }

        if (bytes.AsSpan(0, Math.Min(bytes.Length, BinaryProbeLength)).Contains((byte)0))
        {
            throw new JsonInputException(path, "this looks like a binary file (it contains NUL bytes), not JSON text");
        }

        var invalidAt = FirstInvalidUtf8(bytes);
        if (invalidAt >= 0)
        {
            var position = TextPosition.InUtf8(bytes, invalidAt);
            throw new JsonInputException(path,
                $"the file is not valid UTF-8 (the byte 0x{bytes[invalidAt]:X2} cannot start or continue a character here); " +
                "save it as UTF-8, which most editors offer under \"Save with encoding\"", position.Line, position.Column);
        }

        return bytes;
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
