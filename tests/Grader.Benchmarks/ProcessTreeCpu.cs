using Grader.Execution;

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

    public ProcessorTime Stop()
    {
        _stop.Cancel();
        _sampling.Wait();
        var root = _lastTicks.Where(entry => entry.Key.Id == _root).Sum(entry => entry.Value);
        var descendants = _lastTicks.Where(entry => entry.Key.Id != _root).Sum(entry => entry.Value);
        return new ProcessorTime(Seconds(root), Seconds(descendants));
    }

    private static TimeSpan Seconds(long ticks) => TimeSpan.FromSeconds(ticks / ProcessTable.TicksPerSecond);

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }

    private async Task SampleUntilStoppedAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            foreach (var process in ProcessTable.Read().TreeOf(_root))
            {
                _lastTicks[(process.Id, process.StartTicks)] = process.CpuTicks;
            }

            try
            {
                await Task.Delay(100, _stop.Token);
            }
            catch (OperationCanceledException)
            {
            }
        }
    }
}

/// <summary>Processor time of the process that was watched, and of everything it started.</summary>
internal sealed record ProcessorTime(TimeSpan Root, TimeSpan Descendants)
{
    public TimeSpan Total => Root + Descendants;
}
