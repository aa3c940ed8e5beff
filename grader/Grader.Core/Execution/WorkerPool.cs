using System.Collections.Concurrent;
using System.ComponentModel;
using Grader.Worker.Protocol;

namespace Grader.Execution;

/// <summary>
/// Keeps as many warm workers as submissions are graded at once, started ahead of need, so a submission rarely
/// waits for one. Workers that stayed clean go back to the pool; any other is killed and a replacement started.
/// No more are started than that: on a small machine, a spare worker warming up competes with the grading.
/// </summary>
internal sealed class WorkerPool : IDisposable
{
    private readonly Sandbox _sandbox;
    private readonly WorkerCommandFactory _commands;
    private readonly GradingLimits _limits;
    private readonly UsageWatch _usageWatch;
    private readonly int _warmTarget;
    private readonly ConcurrentStack<WorkerProcess> _idle = new();
    private readonly ConcurrentQueue<Task<WorkerProcess>> _starting = new();
    private readonly List<WorkerProcess> _all = [];
    private readonly Lock _allLock = new();
    private volatile bool _disposed;
    private int _started;

    public WorkerPool(Sandbox sandbox, GradingLimits limits, int warmTarget)
    {
        _sandbox = sandbox;
        _commands = new WorkerCommandFactory(limits);
        _limits = limits;
        _usageWatch = new UsageWatch(limits.UsageCheckInterval);
        _warmTarget = Math.Max(1, warmTarget);
        for (var i = 0; i < _warmTarget; i++)
        {
            _starting.Enqueue(StartAsync());
        }

        _ = Task.Run(() => WorkerScratch.RemoveAbandoned());
    }

    public string SandboxName => _sandbox.Name;

    /// <summary>How many workers have been started so far; workers are reused, so usually far fewer than submissions.</summary>
    public int Started => _started;

    /// <summary>How many workers the pool holds on to, to stop them when it is disposed.</summary>
    internal int WorkersHeld
    {
        get
        {
            lock (_allLock)
            {
                return _all.Count;
            }
        }
    }

    /// <summary>The process ids of the workers waiting for work; tests kill them to play a worker dying while idle.</summary>
    internal IEnumerable<int> IdleProcessIds => _idle.Select(worker => worker.ProcessId);

    /// <exception cref="ObjectDisposedException">The pool is disposed: a grade still under way after an interrupt gets no new worker.</exception>
    public async Task<WorkerProcess> TakeAsync()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        while (_idle.TryPop(out var idle))
        {
            if (!idle.HasExited)
            {
                return idle;
            }

            Discard(idle);
        }

        return await (_starting.TryDequeue(out var warming) ? warming : StartAsync());
    }

    /// <summary>A worker that has run no learner code yet: one warming up, or else a new one.</summary>
    public Task<WorkerProcess> TakeNewAsync()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _starting.TryDequeue(out var warming) ? warming : StartAsync();
    }

    public void Return(WorkerProcess worker)
    {
        if (worker.HasExited || worker.Submissions >= _limits.MaxSubmissionsPerWorker || _idle.Count >= _warmTarget)
        {
            Discard(worker);
            return;
        }

        _idle.Push(worker);
    }

    /// <summary>Kills a worker that crashed, timed out, is worn out or may be tainted, and starts its replacement.</summary>
    public void Discard(WorkerProcess worker)
    {
        Stop(worker);
        if (!_disposed && _idle.Count + _starting.Count < _warmTarget)
        {
            _starting.Enqueue(StartAsync());
        }
    }

    public void Dispose()
    {
        List<WorkerProcess> workers;
        lock (_allLock)
        {
            _disposed = true;
            workers = [.. _all];
        }

        foreach (var worker in workers)
        {
            worker.Dispose();
        }

        _usageWatch.Dispose();
    }

    private Task<WorkerProcess> StartAsync() => Task.Run(async () =>
    {
        Interlocked.Increment(ref _started);
        WorkerProcess worker;
        try
        {
            worker = WorkerProcess.Start(_sandbox, _commands, _limits, _usageWatch);
        }
        catch (Exception exception) when (exception is Win32Exception or IOException or UnauthorizedAccessException)
        {
            throw new WorkerStartException($"A worker process could not start under the {_sandbox.Name} sandbox: {exception.Message}");
        }

        if (!Track(worker))
        {
            // Started while the pool was being disposed, so its Dispose did not see it.
            worker.Dispose();
            throw new ObjectDisposedException(nameof(WorkerPool));
        }

        WorkerEvent? ready;
        try
        {
            ready = await worker.ReceiveAsync(_limits.StartupTimeout);
        }
        catch (Exception exception) when (exception is TimeoutException or ForgedEventException)
        {
            ready = null;
        }

        if (ready?.Op != WorkerEvent.Ready)
        {
            var reason = worker.HasExited ? worker.DescribeExit().Detailed : "it did not report ready in time";
            // Not Discard: a worker that cannot start must not start a replacement that fails the same way.
            Stop(worker);
            throw new WorkerStartException($"A worker process could not start under the {_sandbox.Name} sandbox: {reason}. {worker.Errors.Text().Trim()}");
        }

        return worker;
    });

    private void Stop(WorkerProcess worker)
    {
        worker.Kill();
        worker.Dispose();
        lock (_allLock)
        {
            _all.Remove(worker);
        }
    }

    private bool Track(WorkerProcess worker)
    {
        lock (_allLock)
        {
            if (!_disposed)
            {
                _all.Add(worker);
            }

            return !_disposed;
        }
    }
}
