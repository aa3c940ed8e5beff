namespace Grader.Worker.Execution;

/// <summary>
/// Unloads an exercise, removes the files it left in the temporary folder, and tells whether anything of it
/// survived. Learner code that keeps running (a thread, a timer, a task) or stays referenced keeps its load
/// context alive; such a worker is not reused, nor is one whose temporary folder could not be emptied.
/// </summary>
internal static class Hygiene
{
    public static (bool Clean, string Message) Unload(ExerciseSlot slot, TempFolder temp)
    {
        var (clean, message) = Unload(slot);
        return clean && !temp.Restore()
            ? (false, "files the learner's code left in the temporary folder could not be removed")
            : (clean, message);
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
