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

    /// <summary>The worker in use, if any.</summary>
    public WorkerProcess? Current => _current;

    public async Task<WorkerProcess> GetAsync() => _current ??= await pool.TakeAsync();

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
