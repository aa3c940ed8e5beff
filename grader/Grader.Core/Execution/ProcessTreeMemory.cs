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

        var children = new Dictionary<int, List<int>>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), out var id) && ParentOf(id) is { } parent)
            {
                (children.TryGetValue(parent, out var list) ? list : children[parent] = []).Add(id);
            }
        }

        long total = 0;
        var pending = new Stack<int>([rootId]);
        while (pending.TryPop(out var id))
        {
            total += ResidentOf(id);
            foreach (var child in children.GetValueOrDefault(id) ?? [])
            {
                pending.Push(child);
            }
        }

        return total;
    }

    private static int? ParentOf(int id)
    {
        try
        {
            // /proc/<id>/stat: "pid (comm) state ppid ..."; comm may hold spaces, so read after the last ')'.
            var stat = File.ReadAllText($"/proc/{id}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException or ArgumentOutOfRangeException)
        {
            return null;
        }
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
