namespace Grader.Execution;

/// <summary>The limits learner code runs under. The README states the defaults.</summary>
public sealed record GradingLimits
{
    /// <summary>How long one test's act may run before its worker is killed.</summary>
    public TimeSpan TestTimeout { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Wall-clock time for running all of one submission's tests, shared equally by its exercises.</summary>
    public TimeSpan SubmissionBudget { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The managed heap a worker may use; beyond it, learner code gets an OutOfMemoryException.</summary>
    public long MemoryBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>Room above <see cref="MemoryBytes"/> for the runtime itself, native allocations and child processes.</summary>
    public long NativeHeadroomBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>
    /// The resident memory a worker and its children may use in all before the grader kills it: the managed
    /// limit plus <see cref="NativeHeadroomBytes"/>.
    /// </summary>
    public long ProcessMemoryCapBytes => MemoryBytes + NativeHeadroomBytes;

    /// <summary>
    /// The threads a worker and every process it started may run at once, counted from outside. Each takes one of
    /// the machine's process ids, so a thread or fork bomb could otherwise leave none for the grader or anyone else.
    /// An idle worker runs fewer than ten of its own.
    /// </summary>
    public int MaxThreads { get; init; } = 1000;

    /// <summary>How often each worker's memory and threads are measured against the limits above.</summary>
    public TimeSpan UsageCheckInterval { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// The size of a sandboxed worker's private /tmp. It lives in memory, outside the resident memory the grader
    /// watches, so without a size learner code could fill half the machine's memory by writing files.
    /// </summary>
    public long TempFolderBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>How much of what learner code prints is kept; the rest is counted and dropped.</summary>
    public int OutputBytes { get; init; } = 64 * 1024;

    /// <summary>
    /// A worker is replaced after serving this many submissions, however clean it stayed: a guard against slow leaks.
    /// None shows yet (one worker grew from 71 to 84 MB over 100 submissions), and every replacement starts cold and
    /// compiles the shared code again, which cost a class of 100 about 6 % more processor time at a limit of 50.
    /// </summary>
    public int MaxSubmissionsPerWorker { get; init; } = 200;

    /// <summary>How long compiling one exercise of a submission may take; a few hundredths of a second is usual.</summary>
    public TimeSpan CompileTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>How long a new worker may take to start and report ready.</summary>
    public TimeSpan StartupTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a worker may take to unload an exercise and say whether anything of it survived; it usually takes well
    /// under a second. A worker that takes longer (its learner's finalizer never returns, say) is simply replaced,
    /// which costs no score; waiting longer would only add to a submission's time, outside its budget.
    /// </summary>
    public TimeSpan UnloadTimeout { get; init; } = TimeSpan.FromSeconds(5);
}
