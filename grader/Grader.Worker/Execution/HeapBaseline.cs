namespace Grader.Worker.Execution;

/// <summary>
/// The managed memory the worker held before any learner code ran. Code can keep memory past its exercise with
/// framework objects alone (strings it interned, arrays it returned to a shared pool): its load context unloads
/// cleanly all the same, and the next learner's code would find less of the memory limit left than it was promised.
/// </summary>
internal sealed class HeapBaseline
{
    private const long Megabyte = 1024 * 1024;

    private readonly long _bytes;
    private readonly long _allowedGrowth;

    private HeapBaseline(long bytes, long allowedGrowth)
    {
        _bytes = bytes;
        _allowedGrowth = allowedGrowth;
    }

    // Once an exercise is unloaded, the worker's own heap is back within a few MB of its baseline. An eighth of the
    // memory limit (64 MB of the default 512) stays far above that, so clean workers are kept, and a worker within it
    // still leaves the next learner nearly all of the limit.
    public static HeapBaseline Measure()
    {
        var bytes = GC.GetTotalMemory(forceFullCollection: true);
        return new HeapBaseline(bytes, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 8);
    }

    /// <summary>
    /// How much the heap holds beyond the baseline, when that is more than a worker may pass on; null when it is not.
    /// Meant for right after a full collection, when it costs nothing.
    /// </summary>
    public string? Excess()
    {
        if (GrowthSince(collect: false) <= _allowedGrowth)
        {
            return null;
        }

        // What was allocated since the last collection (by finalizers, say) is garbage, not memory kept: only another
        // collection tells them apart.
        var growth = GrowthSince(collect: true);
        return growth > _allowedGrowth ? $"{growth / Megabyte} MB more than before any learner code ran" : null;
    }

    private long GrowthSince(bool collect) => GC.GetTotalMemory(forceFullCollection: collect) - _bytes;
}
