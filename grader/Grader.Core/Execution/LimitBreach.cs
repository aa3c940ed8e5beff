namespace Grader.Execution;

/// <summary>Which limit a worker's process tree broke, if any, in the words a report gives for the worker being stopped.</summary>
internal static class LimitBreach
{
    /// <returns>Why the worker must be stopped, or null while it keeps within its memory and thread limits.</returns>
    public static Reason? Of(ProcessTreeUsage usage, GradingLimits limits)
    {
        if (usage.ResidentBytes > limits.ProcessMemoryCapBytes)
        {
            return new Reason(
                $"the process used {Megabytes(usage.ResidentBytes)} MB of memory, more than the {Megabytes(limits.ProcessMemoryCapBytes)} MB allowed, and was stopped",
                $"the process used more than the {Megabytes(limits.ProcessMemoryCapBytes)} MB of memory allowed, and was stopped");
        }

        return usage.Threads > limits.MaxThreads
            ? new Reason(
                $"the process and the ones it started ran {usage.Threads} threads at once, more than the {limits.MaxThreads} allowed, and were stopped",
                $"the process and the ones it started ran more than the {limits.MaxThreads} threads allowed at once, and were stopped")
            : null;
    }

    private static long Megabytes(long bytes) => bytes / (1024 * 1024);
}
