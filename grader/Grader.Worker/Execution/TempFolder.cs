namespace Grader.Worker.Execution;

/// <summary>
/// The worker's temporary folder as it was before any learner code ran. What learner code leaves there is removed
/// after each exercise: in the sandbox the folder lives in memory and has a fixed size, so leftovers would fill it
/// for whoever the worker serves next, and without the sandbox they would pile up on disk.
/// </summary>
internal sealed class TempFolder
{
    private readonly string _path;
    private readonly HashSet<string> _original;

    /// <param name="path">The folder, when not the process's temporary folder (tests that must not touch the shared one).</param>
    public TempFolder(string? path = null)
    {
        _path = path ?? Path.GetTempPath();
        _original = Entries().ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Removes every entry that appeared since the worker started; false when one could not be removed.</summary>
    public bool Restore()
    {
        var restored = true;
        foreach (var entry in Entries().Where(entry => !_original.Contains(entry)))
        {
            try
            {
                // A link to a folder is removed as a link: nothing outside the temporary folder is touched.
                if (Directory.Exists(entry) && !File.GetAttributes(entry).HasFlag(FileAttributes.ReparsePoint))
                {
                    Directory.Delete(entry, recursive: true);
                }
                else
                {
                    File.Delete(entry);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                restored = false;
            }
        }

        return restored;
    }

    private List<string> Entries()
    {
        try
        {
            return Directory.EnumerateFileSystemEntries(_path).ToList();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
