using System.Diagnostics;
using System.Globalization;

namespace Grader.Execution;

/// <summary>
/// What a process and all its descendants use at one moment: resident memory, and how many threads they run. The
/// managed heap limit does not cover native allocations or child processes, and nothing inside a worker limits its
/// threads and processes, so the grader watches the whole tree from outside.
/// </summary>
/// <param name="ResidentBytes">Resident memory, in bytes.</param>
/// <param name="Threads">Threads of all the processes; each process has at least one, and each takes a process id.</param>
internal readonly record struct ProcessTreeUsage(long ResidentBytes, int Threads)
{
    // Far shorter than the interval between two watches of a worker: a watch sees either a new reading or the one
    // another worker's watch took on the same beat.
    private static readonly SharedProcessTable Processes = new(TimeSpan.FromMilliseconds(50));

    public static ProcessTreeUsage Measure(int rootId)
    {
        if (!OperatingSystem.IsLinux())
        {
            return OfOneProcess(rootId);
        }

        var total = new ProcessTreeUsage(0, 0);
        foreach (var process in Processes.Read().TreeOf(rootId))
        {
            var usage = OfLinuxProcess(process.Id);
            total = new ProcessTreeUsage(total.ResidentBytes + usage.ResidentBytes, total.Threads + usage.Threads);
        }

        return total;
    }

    private static ProcessTreeUsage OfLinuxProcess(int id)
    {
        try
        {
            var status = File.ReadAllLines($"/proc/{id}/status");
            return new ProcessTreeUsage((NumberIn(status, "VmRSS:") ?? 0) * 1024, (int)(NumberIn(status, "Threads:") ?? 1));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException)
        {
            return new ProcessTreeUsage(0, 0);
        }
    }

    // Lines of /proc/<id>/status read "VmRSS:\t   5234 kB" and "Threads:\t7".
    private static long? NumberIn(string[] status, string field) =>
        status.FirstOrDefault(line => line.StartsWith(field, StringComparison.Ordinal))
            ?.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries) is [_, var value, ..]
            ? long.Parse(value, CultureInfo.InvariantCulture)
            : null;

    private static ProcessTreeUsage OfOneProcess(int id)
    {
        try
        {
            using var process = Process.GetProcessById(id);
            return new ProcessTreeUsage(process.WorkingSet64, process.Threads.Count);
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
        {
            return new ProcessTreeUsage(0, 0);
        }
    }
}
