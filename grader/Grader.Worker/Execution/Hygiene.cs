namespace Grader.Worker.Execution;

/// <summary>
/// Unloads an exercise and tells whether anything of it survived. Learner code that keeps running (a
/// thread, a timer, a task) or stays referenced keeps its load context alive; such a worker is not reused.
/// </summary>
internal static class Hygiene
{
    public static (bool Clean, string Message) Unload(ExerciseSlot slot)
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
