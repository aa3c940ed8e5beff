using System.Diagnostics;
using System.Globalization;

namespace Grader.Execution;

/// <summary>
/// The temporary folder each worker gets. Its name carries the grader's process id, so that a later grader can remove
/// the folders of one that ended before it could (killed, or interrupted a second time), which would otherwise pile up
/// in the temporary folder of a laptop or a CI runner.
/// </summary>
internal static class WorkerScratch
{
    private const string Prefix = "grader-worker-";

    public static string Create() => Directory.CreateTempSubdirectory($"{Prefix}{Environment.ProcessId}-").FullName;

    /// <summary>Removes the scratch folders of graders that are no longer running; best effort, never throws.</summary>
    /// <returns>How many folders were removed.</returns>
    public static int RemoveAbandoned(string? temporaryFolder = null)
    {
        var removed = 0;
        try
        {
            foreach (var folder in Directory.EnumerateDirectories(temporaryFolder ?? Path.GetTempPath(), Prefix + "*"))
            {
                if (OwnerOf(folder) is { } owner && owner != Environment.ProcessId && !IsRunning(owner) && TryDelete(folder))
                {
                    removed++;
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A temporary folder that cannot be listed holds nothing this grader can tidy.
        }

        return removed;
    }

    private static int? OwnerOf(string folder)
    {
        var name = Path.GetFileName(folder)[Prefix.Length..];
        var end = name.IndexOf('-', StringComparison.Ordinal);
        return end > 0 && int.TryParse(name[..end], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }

    private static bool IsRunning(int processId)
    {
        if (OperatingSystem.IsLinux())
        {
            return Directory.Exists($"/proc/{processId}");
        }

        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Removes a scratch folder with all it holds; best effort: a leftover in the temporary folder is harmless.</summary>
    /// <returns>Whether the folder is gone.</returns>
    public static bool TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
