using Grader.Infrastructure;

namespace Grader.Grading;

/// <summary>
/// One class run at a time per output folder. Two runs into one folder would spoil each other's work: each clears the
/// half-written files it finds, which may be the other's reports in the making, and each writes a gradebook that lacks
/// the other's grades. The lock is the operating system's, so it ends with the process that held it, however it ended.
/// </summary>
public sealed class OutputFolderLock : IDisposable
{
    public const string FileName = ".grade-all.lock";

    private readonly FileStream _held;

    private OutputFolderLock(FileStream held, bool ignoresCase)
    {
        _held = held;
        IgnoresCase = ignoresCase;
    }

    /// <summary>Whether the folder's file system takes names that differ only in upper and lower case for one file.</summary>
    public bool IgnoresCase { get; }

    /// <exception cref="UserError">Another run holds the folder.</exception>
    public static OutputFolderLock Take(string directory)
    {
        var path = Path.Combine(directory, FileName);
        try
        {
            var held = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1, FileOptions.DeleteOnClose);
            return new OutputFolderLock(held, File.Exists(Path.Combine(directory, FileName.ToUpperInvariant())));
        }
        catch (IOException) when (File.Exists(path))
        {
            throw new UserError($"Another grade-all is writing its results to {directory} right now. " +
                "Wait for it to finish, or give this run a different --output folder.");
        }
    }

    public void Dispose() => _held.Dispose();
}
