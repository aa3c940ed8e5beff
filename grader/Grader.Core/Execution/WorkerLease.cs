namespace Grader.Execution;

/// <summary>
/// The worker one submission uses. A crashed, timed-out or tainted worker is dropped and the next request
/// gets a fresh one. At the end the worker goes back to the pool only if the submission was trusted to share and
/// none of its exercises is still loaded there.
/// </summary>
internal sealed class WorkerLease(WorkerPool pool) : IDisposable
{
    private WorkerProcess? _current;

    // The worker used before code that could read its memory began, kept idle for the exercises after it.
    private WorkerProcess? _setAside;

    /// <summary>Cleared when learner code could reach beyond its own load context; the worker is then never reused.</summary>
    public bool Shareable { get; set; } = true;

    /// <summary>
    /// Set while code runs that could read its process's memory (through interop or /proc/self/mem): it then gets a
    /// worker that has run nothing before it, since freed memory still holds what the worker ran: another learner's
    /// compiled code, or the inputs of its hidden tests.
    /// </summary>
    public bool Unshared { get; private set; }

    /// <summary>
    /// Starts code that could read its process's memory. The worker used so far is set aside, idle and out of the pool,
    /// for the submission's exercises after it: the exercises paused there stay loaded for their other tests.
    /// </summary>
    public void BeginUnshared()
    {
        if (_setAside is null)
        {
            _setAside = _current;
        }
        else
        {
            Release();
        }

        _current = null;
        Unshared = true;
    }

    /// <summary>
    /// Ends code that could read its process's memory: its worker is killed, so not even this submission's next exercise
    /// runs there, and the worker set aside is used again.
    /// </summary>
    public void EndUnshared()
    {
        Drop();
        _current = _setAside;
        _setAside = null;
        Unshared = false;
    }

    /// <summary>The worker in use, if any.</summary>
    public WorkerProcess? Current => _current;

    public async Task<WorkerProcess> GetAsync() => _current ??= await (Unshared ? pool.TakeNewAsync() : pool.TakeAsync());

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
        Release();
        // Grading threw while code that could read its memory ran: the worker set aside before it is let go as well.
        (_current, _setAside) = (_setAside, null);
        Unshared = false;
        Release();
    }

    private void Release()
    {
        if (_current is null)
        {
            return;
        }

        _current.Submissions++;
        // Unshared still set means the code that could read its memory never reached EndUnshared (grading it threw):
        // its worker is killed all the same. So is one that still holds an exercise paused between its visible tests and
        // its others: the next submission to take it would find that code, its static state and the name it is kept under.
        if (Shareable && !Unshared && _current.ExercisesKept.Count == 0)
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
