namespace Grader.Execution;

/// <summary>
/// Runs every worker's check of its memory and threads on one beat, from a thread of its own. A timer would run
/// the checks on the thread pool, behind whatever else waits there: when compiles and workers' events keep every
/// pool thread busy, a check can come seconds late, and a worker can allocate gigabytes or outlive its test's time
/// limit before the check that should have stopped it.
/// </summary>
internal sealed class UsageWatch : IDisposable
{
    private readonly TimeSpan _interval;
    private readonly Lock _lock = new();
    private readonly List<Action> _checks = [];
    private readonly ManualResetEventSlim _stopped = new();

    public UsageWatch(TimeSpan interval)
    {
        _interval = interval;
        new Thread(Run) { IsBackground = true, Name = "worker usage watch" }.Start();
    }

    /// <summary>Runs <paramref name="check"/> on every beat until the returned registration is disposed.</summary>
    public IDisposable Add(Action check)
    {
        lock (_lock)
        {
            _checks.Add(check);
        }

        return new Registration(this, check);
    }

    public void Dispose() => _stopped.Set();

    private void Run()
    {
        while (!_stopped.Wait(_interval))
        {
            Action[] due;
            lock (_lock)
            {
                due = [.. _checks];
            }

            foreach (var check in due)
            {
                RunGuarded(check);
            }
        }
    }

    // The watch serves every worker of the pool: one check that throws must not end it for all of them. A check
    // that fails is simply tried again on the next beat; meanwhile each test's own time limit still bounds the worker.
    private static void RunGuarded(Action check)
    {
        try
        {
            check();
        }
        catch (Exception)
        {
        }
    }

    private void Remove(Action check)
    {
        lock (_lock)
        {
            _checks.Remove(check);
        }
    }

    private sealed class Registration(UsageWatch watch, Action check) : IDisposable
    {
        public void Dispose() => watch.Remove(check);
    }
}
