using System.Diagnostics;

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
                RemoveByRm(path);
            }
        }
    }

    /// <summary>
    /// Several tests name files in Latin-1, which .NET reads back with U+FFFD in place of each such byte and so can
    /// neither open nor delete; <c>rm</c> passes the bytes on as they are.
    /// </summary>
    private static void RemoveByRm(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Windows keeps every name in UTF-16, so there is nothing .NET could not delete.
        }

        try
        {
            using var rm = Process.Start(new ProcessStartInfo("rm") { ArgumentList = { "-rf", "--", path } });
            rm?.WaitForExit(TimeSpan.FromSeconds(30));
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            // A leftover in the temp folder is untidy, not a failure of the test.
        }
    }
}
