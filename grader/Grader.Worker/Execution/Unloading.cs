namespace Grader.Worker.Execution;

/// <summary>
/// Unloads an exercise's load context and confirms that it is gone: that nothing, no running code and no reference
/// held by the framework, keeps the learner's code alive, which would reach into the next submission graded here.
/// </summary>
internal static class Unloading
{
    /// <returns>
    /// Whether the worker is still clean. While other exercises stay loaded, the exercise is only released: the last
    /// exercise's unloading confirms all of them.
    /// </returns>
    public static (bool Clean, string Message) Unload(LoadedExercises loaded, string name)
    {
        // The context is read only inside Release: unoptimized code would keep even a null check's copy of it alive
        // until this method returns.
        if (Release(loaded, name) is not { } learner)
        {
            return (true, "nothing was loaded");
        }

        loaded.Unloading.Add((name, learner));
        if (loaded.Any)
        {
            // A submission's exercises end one after another; all of them are confirmed gone at once, when the last is
            // unloaded, and always before the worker can serve anyone else. Each check is a full collection of the
            // worker's heap, and clearing the serializer's memory makes it learn again every type it writes.
            return (true, "unloading: confirmed once no exercise is loaded");
        }

        return Confirm(loaded.Unloading);
    }

    // The learner's assembly, not the context, is watched: it dies in the first collection that finds nothing of the
    // context reachable, where the context object outlives it by one or two more while the runtime finishes the
    // unloading, which tells nothing more. Waiting for the context took three collections an exercise instead of one.
    private static (bool Clean, string Message) Confirm(List<(string Exercise, WeakReference Learner)> unloading)
    {
        SerializerCaches.Clear();
        for (var attempt = 0; attempt < 8 && unloading.Any(entry => entry.Learner.IsAlive); attempt++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        var alive = unloading.Where(entry => entry.Learner.IsAlive).Select(entry => entry.Exercise).ToList();
        unloading.Clear();
        return alive.Count > 0
            ? (false, $"the learner's code was still referenced or running after its tests finished ({string.Join(", ", alive)})")
            : (true, "unloaded");
    }

    // Kept out of line so no local of the caller's frame keeps the context reachable.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference? Release(LoadedExercises loaded, string name)
    {
        if (loaded.Remove(name) is not { } context)
        {
            return null;
        }

        context.Unload();
        return context.Learner;
    }
}
