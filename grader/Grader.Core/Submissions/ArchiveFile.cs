namespace Grader.Submissions;

/// <summary>
/// Recognises, by their names, the archives a learning platform hands out or a learner uploads, so that the grader can
/// say "unpack it" where it would otherwise only say that a file is not a folder, or that a folder holds no exercises/.
/// </summary>
/// <remarks>By name only: reading a file to look for a signature could block on a named pipe among the submissions.</remarks>
internal static class ArchiveFile
{
    /// <summary>The folder a zip archive made on a Mac unpacks beside its contents, holding only what macOS adds.</summary>
    public const string MacMetadataFolder = "__MACOSX";

    private static readonly string[] Extensions = [".zip", ".tar", ".tgz", ".gz", ".bz2", ".xz", ".7z", ".rar"];

    public static bool Is(string path) => Extensions.Any(extension => path.EndsWith(extension, StringComparison.OrdinalIgnoreCase));

    /// <returns>The name of the one archive in <paramref name="folder"/>, or null when it holds none, or more than one.</returns>
    public static string? OnlyOneIn(string folder)
    {
        try
        {
            return Directory.EnumerateFiles(folder).Where(Is).Take(2).ToList() is [var only] ? Path.GetFileName(only) : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
