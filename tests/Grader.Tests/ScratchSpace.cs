namespace Grader.Tests;

/// <summary>
/// The temporary folders and files one test makes, deleted when xunit disposes the test's class instance, so a
/// run of the suite leaves nothing behind in the temp folder.
/// </summary>
internal sealed class ScratchSpace : IDisposable
{
    private readonly List<string> _paths = [];

    public string NewFolder(string prefix) => Keep(Directory.CreateTempSubdirectory(prefix).FullName);

    public string NewFile() => Keep(Path.GetTempFileName());

    /// <summary>A path the test or the grader creates later; it is deleted with the rest.</summary>
    public string Keep(string path)
    {
        _paths.Add(Path.GetFullPath(path));
        return path;
    }

    public void Dispose()
    {
        foreach (var path in _paths)
        {
            try
            {
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }
                else
                {
                    File.Delete(path);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // A leftover in the temp folder is untidy, not a failure of the test.
            }
        }
    }
}
