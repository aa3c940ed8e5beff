using System.Globalization;

namespace Grader.Benchmarks;

/// <summary>
/// Adds up the processor time of a process and all its descendants: the grader, its workers and their sandboxes.
/// Wall time on a shared machine says as much about the neighbours as about the grader; processor time says what
/// the grading itself cost. The kernel's own account of finished children misses the workers, whose sandbox does
/// not pass their usage on, so the tree is read from /proc ten times a second and each process's last reading
/// counts: a process loses at most its last tenth of a second.
/// </summary>
internal sealed class ProcessTreeCpu : IDisposable
{
    // /proc reports times in USER_HZ ticks, which Linux fixes at 100 a second.
    private const double TicksPerSecond = 100;

    private readonly int _root;
    private readonly Dictionary<(int Id, long Start), long> _lastTicks = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;

    private ProcessTreeCpu(int root)
    {
        _root = root;
        _sampling = Task.Run(SampleUntilStoppedAsync);
    }

    /// <returns>A sampler of the tree under <paramref name="root"/>, or null where /proc is not available.</returns>
    public static ProcessTreeCpu? Watch(int root) => OperatingSystem.IsLinux() ? new ProcessTreeCpu(root) : null;

    public TimeSpan Stop()
    {
        _stop.Cancel();
        _sampling.Wait();
        return TimeSpan.FromSeconds(_lastTicks.Values.Sum() / TicksPerSecond);
    }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }

    private async Task SampleUntilStoppedAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Sample();
            try
            {
                await Task.Delay(100, _stop.Token);
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    private void Sample()
    {
        var stats = new List<Stat>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), out var id) && Read(id) is { } stat)
            {
                stats.Add(stat);
            }
        }

        var inTree = new HashSet<int> { _root };
        bool grew;
        do
        {
            grew = false;
            foreach (var stat in stats.Where(stat => !inTree.Contains(stat.Id) && inTree.Contains(stat.Parent)))
            {
                grew |= inTree.Add(stat.Id);
            }
        }
        while (grew);

        foreach (var stat in stats.Where(stat => inTree.Contains(stat.Id)))
        {
            _lastTicks[(stat.Id, stat.Start)] = stat.Ticks;
        }
    }

    private static Stat? Read(int id)
    {
        try
        {
            // "pid (comm) state ppid ... utime stime ..."; comm may hold spaces, so fields are counted after the last ')'.
            var text = File.ReadAllText($"/proc/{id}/stat");
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            long Field(int index) => long.Parse(fields[index], CultureInfo.InvariantCulture);
            return new Stat(id, (int)Field(1), Field(19), Field(11) + Field(12));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null; // the process ended while being read
        }
    }

    private sealed record Stat(int Id, int Parent, long Start, long Ticks);
}
