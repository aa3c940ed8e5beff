using System.Runtime.InteropServices;

namespace Grader.Compilation;

/// <summary>
/// The thread one compile runs on. A compile that ignores cancellation cannot be stopped, only abandoned; on Linux,
/// the grader then gives its thread the lowest priority, so that it takes the processor only when nothing else wants
/// it, instead of a whole core for the rest of a class's batch.
/// </summary>
internal sealed class CompilerThread
{
    private const int PriorityOfAThread = 0; // PRIO_PROCESS: on Linux, given a thread id, it sets that thread's priority
    private const int Lowest = 19;

    private readonly Lock _gate = new();
    private int _threadId;
    private bool _finished;

    /// <summary>Called on the compile's own thread before it starts.</summary>
    public void Started()
    {
        lock (_gate)
        {
            _threadId = CurrentThreadId();
        }
    }

    /// <summary>Called on the compile's own thread when it ends, so that its id, which may be reused, is never touched again.</summary>
    public void Finished()
    {
        lock (_gate)
        {
            _finished = true;
        }
    }

    /// <returns>Whether the thread, still compiling, now runs at the lowest priority.</returns>
    public bool YieldToEveryOtherThread()
    {
        lock (_gate)
        {
            return !_finished && _threadId != 0 && SetPriority(_threadId, Lowest);
        }
    }

    private static int CurrentThreadId()
    {
        try
        {
            return OperatingSystem.IsLinux() ? gettid() : 0;
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return 0;
        }
    }

    private static bool SetPriority(int threadId, int niceness)
    {
        try
        {
            return setpriority(PriorityOfAThread, (uint)threadId, niceness) == 0;
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code enabled for two calls
    [DllImport("libc")]
    private static extern int gettid();

    [DllImport("libc", SetLastError = true)]
    private static extern int setpriority(int which, uint who, int priority);
#pragma warning restore SYSLIB1054
}
