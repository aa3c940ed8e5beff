using System.ComponentModel;
using System.Diagnostics;
using System.IO.Pipes;
using Grader.Worker.Protocol;

namespace Grader.Execution;

/// <summary>
/// One running worker as the grader sees it: a control channel on its own pair of pipes, and the
/// worker's stdout and stderr captured separately, because learner code writes there.
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly ControlChannel _channel;
    private readonly WorkerInbox _inbox;
    private readonly string _scratch;
    private readonly IDisposable _usageWatch;
    private readonly GradingLimits _limits;
    private readonly byte[] _secret = EventSeal.NewSecret();
    private string? _fatal;
    private EventSeal _seal = new([], "");

    // Both are shared with the usage watch, which runs on a thread of its own.
    private volatile bool _disposed;
    private volatile Reason? _stoppedBecause;

    private WorkerProcess(Process process, ControlChannel channel, string scratch, GradingLimits limits, UsageWatch watch)
    {
        _process = process;
        _channel = channel;
        _inbox = new WorkerInbox(channel, $"worker {process.Id} events");
        _scratch = scratch;
        Output = new OutputCapture(process.StandardOutput.BaseStream, limits.OutputBytes, $"worker {process.Id} stdout");
        Errors = new OutputCapture(process.StandardError.BaseStream, limits.OutputBytes, $"worker {process.Id} stderr");
        _limits = limits;
        _usageWatch = watch.Add(() => StopIfOverLimits());
    }

    // The longest event the grader reads. The largest a worker sends holds a produced value of at most
    // ProducedValue.MaxCharacters (a million) characters: a few MB of JSON even when every one is escaped.
    private const int MaxEventBytes = 16 * 1024 * 1024;

    public OutputCapture Output { get; }

    public OutputCapture Errors { get; }

    /// <summary>How many submissions this worker has served.</summary>
    public int Submissions { get; set; }

    /// <summary>
    /// The exercises loaded in this worker and kept for their other tests. A worker that holds any still holds a
    /// submission's code and state, and must never serve another submission.
    /// </summary>
    public HashSet<string> ExercisesKept { get; } = new(StringComparer.Ordinal);

    public bool HasExited => _process.HasExited;

    public int ProcessId => _process.Id;

    // The worker's ends of its control pipes must be inheritable, so every process started while they are
    // open inherits them. Starts take turns: otherwise one worker would hold another's pipes open, and that
    // worker's death would never be seen as the end of its channel.
    private static readonly Lock StartLock = new();

    public static WorkerProcess Start(Sandbox sandbox, WorkerCommandFactory commands, GradingLimits limits, UsageWatch watch)
    {
        var scratch = WorkerScratch.Create();
        lock (StartLock)
        {
            var toWorker = new AnonymousPipeServerStream(PipeDirection.Out, HandleInheritability.Inheritable);
            var fromWorker = new AnonymousPipeServerStream(PipeDirection.In, HandleInheritability.Inheritable);
            Process process;
            try
            {
                var command = commands.Create([toWorker.GetClientHandleAsString(), fromWorker.GetClientHandleAsString()], scratch);
                using var launch = sandbox.Prepare(command);
                process = Process.Start(launch.StartInfo) ?? throw new IOException("the worker process did not start");
            }
            catch
            {
                toWorker.Dispose();
                fromWorker.Dispose();
                WorkerScratch.TryDelete(scratch);
                throw;
            }

            toWorker.DisposeLocalCopyOfClientHandle();
            fromWorker.DisposeLocalCopyOfClientHandle();
            process.StandardInput.Close();
            var worker = new WorkerProcess(process, new ControlChannel(fromWorker, toWorker, MaxEventBytes), scratch, limits, watch);
            worker.TrySend(new WorkerRequest(WorkerRequest.Start, Secret: Convert.ToHexString(worker._secret)));
            return worker;
        }
    }

    /// <summary>Sends a request under a nonce of its own, with which the worker must seal its answers; false when the worker is gone.</summary>
    public bool TrySend(WorkerRequest request)
    {
        var nonce = EventSeal.NewNonce();
        _seal = new EventSeal(_secret, nonce);
        try
        {
            _channel.Send(request with { Nonce = nonce }, ProtocolJson.Default.WorkerRequest);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>The next event; null when the worker closed its channel (it exited or crashed).</summary>
    /// <exception cref="TimeoutException">Nothing arrived within <paramref name="timeout"/>.</exception>
    /// <exception cref="ForgedEventException">The event is not sealed for the last request; the worker is killed.</exception>
    public async Task<WorkerEvent?> ReceiveAsync(TimeSpan timeout)
    {
        // One deadline for the whole wait: fatal reports that arrive meanwhile must not extend it.
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var left = timeout - waited.Elapsed;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException();
            }

            if (await _inbox.ReceiveAsync(left) is not { } received)
            {
                return null;
            }

            var message = received.Message;
            if (received.Seal is null && message.Op == WorkerEvent.Fatal)
            {
                // Unsealed, as it comes from whichever thread failed; it only words the crash that follows.
                _fatal = message.Message;
                continue;
            }

            if (received.Seal is null || !_seal.Verifies(received.Seal, received.Body))
            {
                Kill();
                throw new ForgedEventException($"a '{message.Op}' event arrived without the seal of the request it claims to answer");
            }

            return message;
        }
    }

    /// <summary>Why the worker stopped, once its channel has ended: exit code, signal and what the runtime printed.</summary>
    public Reason DescribeExit()
    {
        // A process that outlives its channel by seconds is stopped here, and the report says so: its exit
        // signal would otherwise read as if something else had killed it.
        var stoppedHere = !_process.WaitForExit(TimeSpan.FromSeconds(3));
        if (stoppedHere)
        {
            Kill();
        }

        Errors.WaitForEnd(TimeSpan.FromSeconds(1));
        if (_stoppedBecause is { } reason)
        {
            return reason;
        }

        return stoppedHere
            ? new Reason(
                $"its control channel ended while the process kept running ({_inbox.BrokenBecause ?? "the process closed it"}), so the grader stopped the process",
                "its control channel ended while the process kept running, so the grader stopped the process")
            : CrashReason.Describe(_process.ExitCode, Errors.Text(), _fatal);
    }

    /// <summary>
    /// Kills the worker if it and the processes it started use more memory or threads than allowed, and remembers
    /// why, for <see cref="DescribeExit"/>. The usage watch calls this on every beat; a test's timeout calls it too,
    /// so that a worker stopped for its time is not blamed on the clock when it had broken a limit.
    /// </summary>
    /// <returns>Whether the worker broke a limit and was stopped.</returns>
    public bool StopIfOverLimits()
    {
        try
        {
            if (_disposed || _process.HasExited)
            {
                return false;
            }

            if (LimitBreach.Of(ProcessTreeUsage.Measure(_process.Id), _limits) is not { } over)
            {
                return false;
            }

            _stoppedBecause = over;
            Kill();
            return true;
        }
        catch (InvalidOperationException)
        {
            // The process went away between the checks.
            return false;
        }
    }

    public void Kill()
    {
        if (_disposed)
        {
            return;
        }

        try
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(TimeSpan.FromSeconds(5));
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        catch (Exception exception) when (exception is Win32Exception or AggregateException)
        {
            // Some process of the tree could not be signalled, usually because it ended between the listing and the
            // signal. The runtime still signals the rest of the tree before it reports that.
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _usageWatch.Dispose();

        // Killed as a tree rather than asked to exit: a worker that exits on its own leaves the processes learner
        // code started to init, where nothing would stop them.
        if (!_process.HasExited)
        {
            Kill();
        }

        _disposed = true;

        // Once the process is gone its pipes end and their reader threads finish. Only then are the pipes closed:
        // closing a pipe under a reader that is still blocked on it can hang. A pipe that never ends is held by a
        // process that escaped the kill; it is left as it is.
        var ended = _inbox.WaitForEnd(TimeSpan.FromSeconds(2))
            & Output.WaitForEnd(TimeSpan.FromSeconds(1))
            & Errors.WaitForEnd(TimeSpan.FromSeconds(1));
        if (ended)
        {
            _channel.Dispose();
            _process.Dispose();
        }

        WorkerScratch.TryDelete(_scratch);
    }
}
