using System.Diagnostics;

namespace Grader.Execution;

/// <summary>
/// The resident memory of a process and all its descendants. The managed heap limit does not cover native
/// allocations or child processes, so the grader watches the whole tree from outside.
/// </summary>
public static class ProcessTreeMemory
{
    public static long ResidentBytes(int rootId)
    {
        if (!OperatingSystem.IsLinux())
        {
            return WorkingSet(rootId);
        }

        return ProcessTable.Read().TreeOf(rootId).Sum(process => ResidentOf(process.Id));
    }

    private static long ResidentOf(int id)
    {
        try
        {
            var line = File.ReadLines($"/proc/{id}/status").FirstOrDefault(text => text.StartsWith("VmRSS:", StringComparison.Ordinal));
            var kilobytes = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
            return kilobytes is null ? 0 : long.Parse(kilobytes, System.Globalization.CultureInfo.InvariantCulture) * 1024;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException)
        {
            return 0;
        }
    }

    private static long WorkingSet(int id)
    {
        try
        {
            using var process = Process.GetProcessById(id);
            return process.WorkingSet64;
        }
        catch (ArgumentException)
        {
            return 0;
        }
    }
}
