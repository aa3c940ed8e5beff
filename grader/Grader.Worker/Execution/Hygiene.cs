using System.Runtime.Loader;

namespace Grader.Worker.Execution;

/// <summary>
/// Unloads an exercise and tells whether anything of it survived. Learner code that keeps running (a
/// thread, a timer, a task) or stays referenced keeps its load context alive; such a worker is not reused.
/// </summary>
internal static class Hygiene
{
    public static (bool Clean, string Message) Unload(ref ExerciseLoadContext? context)
    {
        if (context is null)
        {
            return (true, "nothing was loaded");
        }

        var alive = Release(ref context);
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
    private static WeakReference Release(ref ExerciseLoadContext? context)
    {
        var weak = new WeakReference(context);
        ((AssemblyLoadContext)context!).Unload();
        context = null;
        return weak;
    }
}
