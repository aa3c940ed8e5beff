namespace Grader.Worker.Execution;

/// <summary>
/// Unloads an exercise, removes the files it left in the temporary folder, and tells whether anything of it
/// survived. Learner code that keeps running (a thread, a timer, a task) or stays referenced keeps its load
/// context alive; such a worker is not reused, nor is one that still holds much more memory than before any learner
/// code ran (see <see cref="HeapBaseline"/>), nor one whose temporary folder could not be emptied, nor one whose threads
/// were renamed (see <see cref="ThreadNames"/>), nor one where something else the code started (see
/// <see cref="ProcessActivity"/>) is still going.
/// </summary>
internal static class Hygiene
{
    public static (bool Clean, string Message) Unload(ExerciseSlot slot, TempFolder temp, ProcessActivity baseline, HeapBaseline heap, ThreadNames names)
    {
        var (clean, message) = Unload(slot);
        if (!clean)
        {
            return (clean, message);
        }

        if (!SharedArrayPools.Empty())
        {
            return (false, "the shared pools of arrays, which could hold what the learner's code wrote, could not be emptied");
        }

        if (heap.Excess() is { } excess)
        {
            return (false, $"the learner's code left memory in use after it was unloaded: {excess}");
        }

        if (!temp.Restore())
        {
            return (false, "files the learner's code left in the temporary folder could not be removed");
        }

        if (ThreadNames.Measure().RenamedSince(names) is { } renamed)
        {
            return (false, $"the learner's code renamed a thread, which could carry what it saw: {renamed}");
        }

        return Leftover(baseline) is { } leftover ? (false, $"the learner's code left something running: {leftover}") : (clean, message);
    }

    // A thread of the pool may be starting or ending while the threads are counted: a second look rules that out.
    private static string? Leftover(ProcessActivity baseline)
    {
        if (ProcessActivity.Measure().MoreThan(baseline) is null)
        {
            return null;
        }

        Thread.Sleep(20);
        return ProcessActivity.Measure().MoreThan(baseline);
    }

    private static (bool Clean, string Message) Unload(ExerciseSlot slot)
    {
        // The slot is read only inside Release: unoptimized code would keep even a null check's copy of the
        // context alive until this method returns.
        var alive = Release(slot);
        if (alive is null)
        {
            return (true, "nothing was loaded");
        }

        SerializerCaches.Clear();
        for (var attempt = 0; attempt < 8 && alive.IsAlive; attempt++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        return alive.IsAlive
            ? (false, "the learner's code was still referenced or running after its tests finished")
            : (true, "unloaded");
    }

    // Kept out of line so no local of the caller's frame keeps the context reachable.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference? Release(ExerciseSlot slot)
    {
        if (slot.Context is not { } context)
        {
            return null;
        }

        slot.Context = null;
        context.Unload();
        return new WeakReference(context);
    }
}
