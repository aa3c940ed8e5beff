using System.Text;

namespace Grader.Infrastructure;

/// <summary>
/// Writes a file so that readers see either the old content or the whole new content, never half of it:
/// the text goes to a temporary file beside the target, which then replaces it. A device such as <c>/dev/stdout</c>
/// is written into instead, since it cannot be replaced (see <see cref="DevicePath"/>).
/// </summary>
public static class AtomicFile
{
    // Not derived from the target's name: a name near the file system's limit would be too long with a suffix.
    private const string TemporaryPrefix = ".grader-";
    private const string TemporarySuffix = ".tmp";

    /// <summary>Deletes temporary files that a run killed halfway through left behind.</summary>
    public static void RemoveLeftovers(string directory)
    {
        foreach (var leftover in Directory.EnumerateFiles(directory, $"{TemporaryPrefix}*{TemporarySuffix}"))
        {
            File.Delete(leftover);
        }
    }

    public static void Write(string path, Action<TextWriter> write) => WriteBytes(path, stream =>
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        write(writer);
    });

    public static void WriteBytes(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        if (DevicePath.Is(full))
        {
            WriteInto(full, path, write);
            return;
        }

        // A link the user made (results.json -> a shared folder, say) is kept, and the file it leads to is the one replaced.
        full = SymbolicLink.FinalTarget(full) ?? full;
        var directory = Path.GetDirectoryName(full)!;
        OutputLocation.MakeFolder(directory, path);

        var temporary = Path.Combine(directory, $"{TemporaryPrefix}{Guid.NewGuid():N}{TemporarySuffix}");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                write(stream);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UserError($"Cannot write {path}: {WithoutPath(exception.Message)}");
        }
        finally
        {
            DeleteQuietly(temporary);
        }
    }

    private static void WriteInto(string device, string path, Action<Stream> write)
    {
        try
        {
            using var stream = DevicePath.OpenForWriting(device);
            write(stream);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UserError($"Cannot write {path}: {WithoutPath(exception.Message)}");
        }
    }

    // The system's message may end with the path again (" : '/dev/full'"), which the message already names.
    private static string WithoutPath(string message) =>
        System.Text.RegularExpressions.Regex.Replace(message, @"\s*:\s*'[^']*'\.?$", "").TrimEnd('.');

    // Cleaning up must not hide the error that made the write fail.
    private static void DeleteQuietly(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
        }
    }
}
