namespace Grader.Worker.Execution;

/// <summary>
/// What the worker process has going on besides the test it runs: pending timers, threads outside the pool, queued
/// work, work the pool is running and open pipes and sockets. Learner code can leave any of these behind with
/// framework objects alone (a timer whose callback is a framework method, a read pending on a pipe, a framework
/// method run by Task.Run), so its load context unloads cleanly while something of it still runs; measured against
/// the worker's state before the first exercise, they tell whether a worker is still fit for another learner.
/// </summary>
internal sealed record ProcessActivity(long Timers, long QueuedWork, int BusyPoolThreads, int OtherThreads, int Descriptors)
{
    public static ProcessActivity Measure() =>
        new(Timer.ActiveCount, ThreadPool.PendingWorkItemCount, BusyPoolThreadCount(), OtherThreadCount(), DescriptorCount());

    /// <summary>Why this state has more going on than <paramref name="baseline"/>, or null when it has not.</summary>
    public string? MoreThan(ProcessActivity baseline)
    {
        if (Timers > baseline.Timers)
        {
            return "timers it started were still pending after its tests finished";
        }

        if (QueuedWork > baseline.QueuedWork)
        {
            return "work it queued was still waiting to run after its tests finished";
        }

        // Not measured against the baseline: between requests the worker runs nothing of its own on the pool, and a
        // thread still finishing the warm-up when the baseline was taken would hide one that learner code keeps busy.
        if (BusyPoolThreads > 0)
        {
            return "work it started on the thread pool was still running after its tests finished";
        }

        if (OtherThreads > baseline.OtherThreads)
        {
            return "threads it started were still running after its tests finished";
        }

        return Descriptors > baseline.Descriptors ? "pipes or sockets it opened were still open after its tests finished" : null;
    }

    // The threads of the pool that are inside a work item (running it, or blocked in it) rather than waiting for one.
    private static int BusyPoolThreadCount()
    {
        ThreadPool.GetMaxThreads(out var most, out _);
        ThreadPool.GetAvailableThreads(out var available, out _);
        return most - available;
    }

    // Pool threads come and go with load, and the pool starts its gate thread when it first needs one; any other
    // thread was started on purpose. (Learner code that starts a thread of its own never shares a worker anyway.)
    private static int OtherThreadCount() =>
        OperatingSystem.IsLinux()
            ? Directory.GetDirectories("/proc/self/task").Count(task => ThreadName(task) != ".NET TP Gate") - ThreadPool.ThreadCount
            : 0;

    // A thread can end between listing and reading it.
    private static string? ThreadName(string task)
    {
        try
        {
            return File.ReadAllText(Path.Combine(task, "comm")).TrimEnd('\n');
        }
        catch (IOException)
        {
            return null;
        }
    }

    // Only pipes and sockets: the runtime opens the files of assemblies as code first needs them, while a read left
    // pending on a pipe (the worker's own control pipe, reopened by path) is what could outlast an exercise.
    private static int DescriptorCount() => OpenDescriptors.PipesAndSockets();
}
