namespace Grader.Execution;

/// <summary>
/// The worker one submission uses. A crashed, timed-out or tainted worker is dropped and the next request
/// gets a fresh one. At the end the worker goes back to the pool only if the submission was trusted to share.
/// </summary>
public sealed class WorkerLease(WorkerPool pool) : IDisposable
{
    private WorkerProcess? _current;

    /// <summary>Cleared when learner code could reach beyond its own load context; the worker is then never reused.</summary>
    public bool Shareable { get; set; } = true;

    /// <summary>
    /// Set while code runs that could read its process's memory (through interop or /proc/self/mem): it then gets a
    /// worker that has served no other submission, since freed memory still holds what the worker ran before, another
    /// learner's compiled code included.
    /// </summary>
    public bool Unshared { get; set; }

    /// <summary>The worker in use, if any.</summary>
    public WorkerProcess? Current => _current;

    public async Task<WorkerProcess> GetAsync()
    {
        if (Unshared && _current is { Submissions: > 0 } used)
        {
            // Clean, or it would have been dropped: it can serve the next submission.
            pool.Return(used);
            _current = null;
        }

        return _current ??= await (Unshared ? pool.TakeNewAsync() : pool.TakeAsync());
    }

    /// <summary>Kills the current worker; the next <see cref="GetAsync"/> starts afresh.</summary>
    public void Drop()
    {
        if (_current is not null)
        {
            pool.Discard(_current);
            _current = null;
        }
    }

    public void Dispose()
    {
        if (_current is null)
        {
            return;
        }

        _current.Submissions++;
        if (Shareable)
        {
            pool.Return(_current);
        }
        else
        {
            pool.Discard(_current);
        }

        _current = null;
    }
}
