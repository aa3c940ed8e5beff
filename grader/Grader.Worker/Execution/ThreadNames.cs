namespace Grader.Worker.Execution;

/// <summary>
/// The names of the worker's threads, as /proc shows them. Any code of a process can rename its threads by writing
/// /proc/thread-self/comm with a plain file API, and a name stays with its thread: the one that runs the tests runs
/// the next exercise's too, of the next submission perhaps. So a worker is reused only while each thread it had
/// before any learner code ran keeps its name, and each thread started since bears a name the runtime gives.
/// </summary>
/// <remarks>
/// The runtime names some of its threads by writing the same files, so /proc cannot simply be read-only.
/// </remarks>
internal sealed class ThreadNames
{
    // What /proc shows is cut at 15 bytes.
    private const int ShownLength = 15;

    // The names the runtime gives the threads it starts as it needs them.
    private static readonly string[] RuntimeNames =
    [
        ".NET TP Worker", ".NET TP Gate", ".NET TP Wait", ".NET Timer", ".NET Long Running Task", ".NET Sockets", ".NET File Watcher",
        ".NET Finalizer", ".NET Tiered Compilation Worker", ".NET BGC", ".NET Server GC", ".NET SigHandler", ".NET Signal Handler",
        ".NET Counter Poller", ".NET EventPipe", ".NET DebugPipe", ".NET Debugger", ".NET SynchManager",
    ];

    private readonly Dictionary<string, string> _byThread;

    private ThreadNames(Dictionary<string, string> byThread) => _byThread = byThread;

    public static ThreadNames Measure() => new(Read());

    /// <summary>Why the threads' names no longer match these, or null when they do. The new name is not quoted.</summary>
    public string? RenamedSince(ThreadNames baseline)
    {
        var allowed = RuntimeNames.Select(name => name.Length > ShownLength ? name[..ShownLength] : name).Concat(baseline._byThread.Values).ToHashSet();
        foreach (var (thread, name) in _byThread)
        {
            if (baseline._byThread.TryGetValue(thread, out var before) ? name != before : !allowed.Contains(name))
            {
                return "a thread of the worker no longer bears the name the runtime gave it";
            }
        }

        return null;
    }

    private static Dictionary<string, string> Read()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!OperatingSystem.IsLinux())
        {
            return names;
        }

        foreach (var task in Directory.GetDirectories("/proc/self/task"))
        {
            // A thread can end between listing and reading it.
            try
            {
                names[Path.GetFileName(task)] = File.ReadAllText(Path.Combine(task, "comm")).TrimEnd('\n');
            }
            catch (IOException)
            {
            }
        }

        return names;
    }
}
