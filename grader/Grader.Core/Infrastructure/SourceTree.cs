namespace Grader.Infrastructure;

/// <summary>Copies a source tree without build output or editor clutter.</summary>
internal static class SourceTree
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "TestResults", ".vs", ".idea" };

    /// <returns>The number of files copied.</returns>
    public static int Copy(string source, string destination, bool overwrite = false)
    {
        Directory.CreateDirectory(destination);
        var copied = 0;
        foreach (var file in Directory.EnumerateFiles(source))
        {
            if (!file.EndsWith(".user", StringComparison.OrdinalIgnoreCase))
            {
                File.Copy(file, Path.Combine(destination, Path.GetFileName(file)), overwrite);
                copied++;
            }
        }

        foreach (var folder in Directory.EnumerateDirectories(source))
        {
            if (!SkippedFolders.Contains(Path.GetFileName(folder)))
            {
                copied += Copy(folder, Path.Combine(destination, Path.GetFileName(folder)), overwrite);
            }
        }

        return copied;
    }
}
