using System.Collections.Concurrent;
using System.Diagnostics;
using Grader.Execution;

namespace Grader.Tests.Execution;

/// <summary>
/// A pool starts workers ahead of need and stops them at the end. A grade still under way when the pool is disposed
/// (an interrupted run stops waiting for it) must not leave a worker, or its scratch folder, behind.
/// </summary>
public class WorkerPoolTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task TakeAsync_WorkerProgramThatCannotStart_SaysSoAndLeavesNoScratchFolder()
    {
        var sandbox = new RecordingSandbox(new ProcessStartInfo("/no/such/program"));
        using var pool = new WorkerPool(sandbox, new GradingLimits(), warmTarget: 1);

        var take = () => pool.TakeAsync();

        await take.Should().ThrowAsync<WorkerStartException>().WithMessage("A worker process could not start under the recording sandbox:*");
        sandbox.ScratchFolders.Should().NotBeEmpty().And.OnlyContain(folder => !Directory.Exists(folder));
    }

    [Fact]
    public async Task TakeAsync_AfterThePoolIsDisposed_StartsNoWorker()
    {
        var sandbox = new RecordingSandbox(new ProcessStartInfo("/no/such/program"));
        var pool = new WorkerPool(sandbox, new GradingLimits(), warmTarget: 1);
        pool.Dispose();

        var take = () => pool.TakeAsync();

        await take.Should().ThrowAsync<ObjectDisposedException>();
    }

    [Fact]
    public async Task Dispose_WhileAWorkerIsStarting_StopsThatWorkerWhenItHasStarted()
    {
        using var starting = new ManualResetEventSlim();
        using var mayStart = new ManualResetEventSlim();
        var sandbox = new RecordingSandbox(inner: new NoSandbox(), beforeStart: () =>
        {
            starting.Set();
            mayStart.Wait(Patience);
        });
        var pool = new WorkerPool(sandbox, new GradingLimits(), warmTarget: 1);
        starting.Wait(Patience).Should().BeTrue("the pool starts a worker as soon as it is made");

        pool.Dispose();
        mayStart.Set();

        var scratch = sandbox.ScratchFolders.Single();
        var clock = Stopwatch.StartNew();
        while (Directory.Exists(scratch) && clock.Elapsed < Patience)
        {
            await Task.Delay(50);
        }

        Directory.Exists(scratch).Should().BeFalse("a worker that finished starting after the pool was disposed is stopped, and its scratch folder deleted");
    }

    [Fact]
    public async Task Discard_WorkerAfterWorker_HoldsOnToNoneOfTheDiscardedOnes()
    {
        using var pool = new WorkerPool(new NoSandbox(), new GradingLimits(), warmTarget: 1);

        for (var run = 0; run < 3; run++)
        {
            pool.Discard(await pool.TakeAsync());
        }

        pool.WorkersHeld.Should().BeLessThanOrEqualTo(1, "only the replacement still warming up is alive; a batch that discards many workers must not keep them all");
    }

    /// <summary>Records each worker's scratch folder; starts the worker as <c>inner</c> would, or else the given program.</summary>
    private sealed class RecordingSandbox(ProcessStartInfo? program = null, Sandbox? inner = null, Action? beforeStart = null) : Sandbox
    {
        public ConcurrentQueue<string> ScratchFolders { get; } = new();

        public override string Name => "recording";

        public override WorkerLaunch Prepare(WorkerCommand command)
        {
            ScratchFolders.Enqueue(command.ScratchDirectory);
            beforeStart?.Invoke();
            if (inner is not null)
            {
                return inner.Prepare(command);
            }

            program!.RedirectStandardInput = program.RedirectStandardOutput = program.RedirectStandardError = true;
            return new WorkerLaunch(program);
        }
    }
}
