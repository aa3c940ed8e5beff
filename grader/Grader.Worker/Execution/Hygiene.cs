namespace Grader.Worker.Execution;

/// <summary>
/// Unloads an exercise, or pauses it (see <see cref="Grader.Worker.Protocol.WorkerRequest.Pause"/>), removes the files
/// it left in the temporary folder, and tells whether anything of it survived or still goes on. Learner code that keeps
/// running (a thread, a timer, a task) or stays referenced keeps its load context alive; such a worker is not reused,
/// nor is one that still holds much more memory than before any learner code ran (see <see cref="HeapBaseline"/>), nor
/// one whose temporary folder could not be emptied, nor one whose threads were renamed (see <see cref="ThreadNames"/>),
/// nor one where something else the code started (see <see cref="ProcessActivity"/>) is still going.
/// </summary>
internal static class Hygiene
{
    public static (bool Clean, string Message) Unload(
        LoadedExercises loaded, string name, TempFolder temp, ProcessActivity baseline, HeapBaseline heap, ThreadNames names)
    {
        var (clean, message) = Unloading.Unload(loaded, name);
        if (!clean)
        {
            return (clean, message);
        }

        // Other exercises still loaded hold memory of their own: the heap is measured once none is.
        return Settle(temp, baseline, loaded.Any ? null : heap, names) is { } leftover ? (false, leftover) : (clean, message);
    }

    /// <summary>The exercise stays loaded; everything but its unloading is checked, as after <see cref="Unload"/>.</summary>
    public static (bool Clean, string Message) Pause(TempFolder temp, ProcessActivity baseline, ThreadNames names) =>
        Settle(temp, baseline, heap: null, names) is { } leftover ? (false, leftover) : (true, "paused");

    /// <returns>What the learner's code left behind, or null when nothing.</returns>
    private static string? Settle(TempFolder temp, ProcessActivity baseline, HeapBaseline? heap, ThreadNames names)
    {
        // Not left behind, but remembered for speed: what mock models kept of the definitions and schemas these tests sent.
        // Forgotten first, so that the heap is measured without it, and again once the process has been measured: a request
        // still under way meanwhile (one waiting out a fault's delay, say) may have reached its verdicts. Anything still to
        // come was then pending or running, which the measure reports, and such a worker is not used again.
        ToolCalling.Testing.MockApiMemory.Forget();
        var leftover = Leftover(temp, baseline, heap, names);
        ToolCalling.Testing.MockApiMemory.Forget();
        return leftover;
    }

    private static string? Leftover(TempFolder temp, ProcessActivity baseline, HeapBaseline? heap, ThreadNames names)
    {
        if (!SharedArrayPools.Empty())
        {
            return "the shared pools of arrays, which could hold what the learner's code wrote, could not be emptied";
        }

        if (heap?.Excess() is { } excess)
        {
            return $"the learner's code left memory in use after it was unloaded: {excess}";
        }

        if (!temp.Restore())
        {
            return "files the learner's code left in the temporary folder could not be removed";
        }

        if (ThreadNames.Measure().RenamedSince(names) is { } renamed)
        {
            return $"the learner's code renamed a thread, which could carry what it saw: {renamed}";
        }

        return StillRunning(baseline) is { } running ? $"the learner's code left something running: {running}" : null;
    }

    // A thread of the pool may be starting or ending while the threads are counted: a second look rules that out.
    private static string? StillRunning(ProcessActivity baseline)
    {
        if (ProcessActivity.Measure().MoreThan(baseline) is null)
        {
            return null;
        }

        Thread.Sleep(20);
        return ProcessActivity.Measure().MoreThan(baseline);
    }
}
