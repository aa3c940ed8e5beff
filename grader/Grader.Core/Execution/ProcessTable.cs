using System.Globalization;
using System.Text;

namespace Grader.Execution;

/// <summary>
/// A snapshot of the processes Linux lists in /proc, each with its parent, start time and processor time: what
/// the grader needs to follow a worker's whole process tree, children its sandbox or learner code started included.
/// </summary>
public sealed class ProcessTable
{
    private readonly IReadOnlyList<Entry> _entries;

    private ProcessTable(IReadOnlyList<Entry> entries) => _entries = entries;

    /// <param name="Id">The process id.</param>
    /// <param name="Parent">The parent's process id.</param>
    /// <param name="StartTicks">When the process started, in clock ticks since boot: with the id, it tells a reused id apart.</param>
    /// <param name="CpuTicks">User and system time used so far, in clock ticks (USER_HZ, a hundred a second on Linux).</param>
    public sealed record Entry(int Id, int Parent, long StartTicks, long CpuTicks);

    public const double TicksPerSecond = 100;

    /// <summary>Reads /proc; only for Linux. Processes that end while it reads are left out.</summary>
    public static ProcessTable Read()
    {
        var entries = new List<Entry>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), out var id) && ReadEntry(id) is { } entry)
            {
                entries.Add(entry);
            }
        }

        return new ProcessTable(entries);
    }

    /// <summary>The process <paramref name="root"/> and all its descendants that were alive at the snapshot.</summary>
    public IReadOnlyList<Entry> TreeOf(int root)
    {
        var children = _entries.ToLookup(entry => entry.Parent);
        var tree = new List<Entry>();
        var pending = new Stack<Entry>(_entries.Where(entry => entry.Id == root));
        while (pending.TryPop(out var entry))
        {
            tree.Add(entry);
            foreach (var child in children[entry.Id])
            {
                pending.Push(child);
            }
        }

        return tree;
    }

    private static Entry? ReadEntry(int id)
    {
        try
        {
            // "pid (comm) state ppid ... utime stime ... starttime"; comm may hold spaces, so fields are counted
            // after the last ')': state is field 0 there, ppid 1, utime 11, stime 12, starttime 19.
            var stat = ReadStat(id);
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            long Field(int index) => long.Parse(fields[index], CultureInfo.InvariantCulture);
            return new Entry(id, (int)Field(1), Field(19), Field(11) + Field(12));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    // One read into a small buffer, without a stream, its buffer and its encoding detection: a snapshot reads this
    // file for every process on the machine. The fields needed come well within the first kilobyte.
    private static string ReadStat(int id)
    {
        Span<byte> buffer = stackalloc byte[1024];
        using var handle = File.OpenHandle($"/proc/{id}/stat");
        var length = RandomAccess.Read(handle, buffer, 0);
        return Encoding.ASCII.GetString(buffer[..length]);
    }
}
