using System.Collections.Concurrent;
using Grader.Worker.Protocol;

namespace Grader.Execution;

/// <summary>
/// Keeps workers started and warmed up ahead of need, so a submission rarely waits for one. Workers that
/// stayed clean go back to the pool; any other is killed and replaced.
/// </summary>
public sealed class WorkerPool : IDisposable
{
    private readonly Sandbox _sandbox;
    private readonly WorkerCommandFactory _commands;
    private readonly GradingLimits _limits;
    private readonly int _warmTarget;
    private readonly ConcurrentStack<WorkerProcess> _idle = new();
    private readonly ConcurrentQueue<Task<WorkerProcess>> _starting = new();
    private readonly ConcurrentBag<WorkerProcess> _all = [];

    public WorkerPool(Sandbox sandbox, GradingLimits limits, int warmTarget)
    {
        _sandbox = sandbox;
        _commands = new WorkerCommandFactory(limits);
        _limits = limits;
        _warmTarget = Math.Max(1, warmTarget);
        for (var i = 0; i < _warmTarget; i++)
        {
            _starting.Enqueue(StartAsync());
        }
    }

    public string SandboxName => _sandbox.Name;

    public async Task<WorkerProcess> TakeAsync()
    {
        if (_idle.TryPop(out var idle))
        {
            return idle;
        }

        var next = _starting.TryDequeue(out var warming) ? warming : StartAsync();
        _starting.Enqueue(StartAsync());
        return await next;
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

    public static void Discard(WorkerProcess worker)
    {
        worker.Kill();
        worker.Dispose();
    }

    public void Dispose()
    {
        foreach (var worker in _all)
        {
            worker.Dispose();
        }
    }

    private Task<WorkerProcess> StartAsync() => Task.Run(async () =>
    {
        var worker = WorkerProcess.Start(_sandbox, _commands, _limits);
        _all.Add(worker);
        WorkerEvent? ready;
        try
        {
            ready = await worker.ReceiveAsync(_limits.StartupTimeout);
        }
        catch (TimeoutException)
        {
            ready = null;
        }

        if (ready?.Op != WorkerEvent.Ready)
        {
            var reason = worker.HasExited ? worker.DescribeExit() : "it did not report ready in time";
            Discard(worker);
            throw new WorkerStartException($"A worker process could not start under the {_sandbox.Name} sandbox: {reason}. {worker.Errors.Text().Trim()}");
        }

        return worker;
    });
}
