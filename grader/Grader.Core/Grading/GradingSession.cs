using System.Diagnostics;
using System.Globalization;
using Grader.Execution;
using Grader.Reports;
using Grader.Submissions;
using Grader.Suites;

namespace Grader.Grading;

/// <summary>
/// Everything that is prepared once per run and shared by every submission: the exercises' contracts,
/// the compiled hidden suites, and a pool of warm workers.
/// </summary>
public sealed class GradingSession : IDisposable
{
    private readonly WorkerPool _pool;
    private readonly ExerciseGrader _exerciseGrader;

    private GradingSession(IReadOnlyList<CompiledSuite> suites, WorkerPool pool, GradingOptions options)
    {
        Suites = suites;
        _pool = pool;
        _exerciseGrader = new ExerciseGrader(new ExerciseRunner(options.Limits), new Scoring.Judge(options.RevealHiddenDetails, options.Limits));
        Limits = options.Limits;
    }

    public IReadOnlyList<CompiledSuite> Suites { get; }

    public GradingLimits Limits { get; }

    public string SandboxName => _pool.SandboxName;

    /// <inheritdoc cref="WorkerPool.Started"/>
    public int WorkersStarted => _pool.Started;

    internal WorkerPool Pool => _pool;

    /// <summary>
    /// Opens a session, or stops waiting for it when <paramref name="cancellationToken"/> fires. Opening compiles the
    /// suites when the cache is cold and starts workers, which takes seconds on a busy machine; an interrupt should
    /// not wait for that. A session opened after all is disposed as soon as it is ready.
    /// </summary>
    public static async Task<GradingSession> OpenAsync(GradingOptions options, Action<string> warn, CancellationToken cancellationToken)
    {
        var opening = Task.Run(() => Open(options, warn), CancellationToken.None);
        try
        {
            return await opening.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            _ = opening.ContinueWith(opened => opened.Result.Dispose(), CancellationToken.None,
                TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
            throw;
        }
    }

    // A share shorter than one test's limit stops slow tests early and leaves later ones unrun: legal, but rarely meant.
    private static void WarnOfAShortBudget(GradingLimits limits, int exercises, Action<string> warn)
    {
        var share = limits.SubmissionBudget / Math.Max(1, exercises);
        if (share < limits.TestTimeout)
        {
            warn(string.Create(CultureInfo.InvariantCulture,
                $"The time budget of {limits.SubmissionBudget.TotalSeconds:0.#} s gives each of the {exercises} exercises {share.TotalSeconds:0.##} s, less than one test's limit of {limits.TestTimeout.TotalSeconds:0.#} s: a slow test is stopped early, and the tests after it do not run. Give --budget {(limits.TestTimeout * exercises).TotalSeconds:0.#} or more, or a shorter --timeout."));
        }
    }

    public static GradingSession Open(GradingOptions options, Action<string> warn)
    {
        var sandbox = Sandbox.Resolve(options.Sandbox, warn);
        var pool = new WorkerPool(sandbox, options.Limits, options.Jobs); // workers warm up while suites compile
        try
        {
            var suites = SuiteSet.Load(options.ExercisesDirectory, options.SuitesDirectory, options.SuiteCacheDirectory);
            WarnOfAShortBudget(options.Limits, suites.Count, warn);
            return new GradingSession(suites, pool, options);
        }
        catch
        {
            pool.Dispose();
            throw;
        }
    }

    public async Task<GradingReport> GradeAsync(Submission submission)
    {
        var clock = Stopwatch.StartNew();
        using var abandoned = new CancellationTokenSource();
        var preparations = PrepareInOrder(submission, abandoned.Token);
        ExerciseResult[] results;
        try
        {
            results = await Task.WhenAll(await RunInOrderAsync(preparations));
        }
        finally
        {
            // When grading failed part way, the exercises not yet compiled are not worth compiling.
            await abandoned.CancelAsync();
        }

        return new GradingReport(submission.Name, results.Sum(result => result.Score), results.Sum(result => result.MaxScore),
            Math.Round(clock.Elapsed.TotalSeconds, 2), SandboxName, results);
    }

    // Holds a worker for as long as the submission's code runs, not while its last verdicts are reached.
    private async Task<List<Task<ExerciseResult>>> RunInOrderAsync(List<Task<ExercisePreparation>> preparations)
    {
        var share = Limits.SubmissionBudget / Math.Max(1, Suites.Count);
        using var lease = new WorkerLease(_pool);
        // Every exercise's visible tests run before any exercise's hidden ones: code can leave a trace in its worker
        // that no rule forbids, and a hidden test's inputs in it must never reach the details of a visible test.
        var started = new List<ExerciseInProgress>();
        foreach (var (preparation, index) in preparations.Select((preparation, index) => (preparation, index)))
        {
            var last = index == preparations.Count - 1;
            if (last)
            {
                await ExerciseGrader.VisibleVerdictsReachedAsync(started);
            }

            started.Add(await _exerciseGrader.StartAsync(await preparation, lease, share, last));
        }

        await ExerciseGrader.VisibleVerdictsReachedAsync(started);
        var verdicts = new List<Task<ExerciseResult>>();
        foreach (var exercise in started)
        {
            verdicts.Add(await _exerciseGrader.FinishAsync(exercise, lease));
        }

        return verdicts;
    }

    // The exercises are compiled one after another on a thread of their own, so that each compiles while the one
    // before it runs in the worker.
    private List<Task<ExercisePreparation>> PrepareInOrder(Submission submission, CancellationToken abandoned)
    {
        var pending = Suites.Select(_ => new TaskCompletionSource<ExercisePreparation>(TaskCreationOptions.RunContinuationsAsynchronously)).ToList();
        _ = Task.Run(() =>
        {
            for (var index = 0; index < Suites.Count; index++)
            {
                if (abandoned.IsCancellationRequested)
                {
                    pending[index].SetCanceled(abandoned);
                    continue;
                }

                try
                {
                    pending[index].SetResult(ExerciseGrader.Prepare(submission, Suites[index], Limits.CompileTimeout));
                }
                catch (Exception exception)
                {
                    pending[index].SetException(exception);
                }
            }
        });
        return pending.Select(source => source.Task).ToList();
    }

    public void Dispose() => _pool.Dispose();
}
