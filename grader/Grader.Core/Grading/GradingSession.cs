using System.Diagnostics;
using Grader.Compilation;
using Grader.Execution;
using Grader.Exercises;
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

    public static GradingSession Open(GradingOptions options, Action<string> warn)
    {
        var sandbox = Sandbox.Resolve(options.Sandbox, warn);
        var pool = new WorkerPool(sandbox, options.Limits, options.Jobs); // workers warm up while suites compile
        try
        {
            var exercises = ExerciseCatalog.Load(options.ExercisesDirectory);
            var suites = SuiteLocator.Find(options.SuitesDirectory, exercises)
                .AsParallel().AsOrdered()
                .Select(found => SuiteCompiler.Compile(ExerciseContract.Build(found.Exercise, ReferenceSet.Shared), found.Directory, ReferenceSet.Shared))
                .ToList();
            return new GradingSession(suites, pool, options);
        }
        catch (AggregateException aggregate) when (aggregate.InnerExceptions.Count > 0)
        {
            pool.Dispose();
            throw aggregate.InnerExceptions[0];
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
        var share = Limits.SubmissionBudget / Math.Max(1, Suites.Count);
        var results = new List<ExerciseResult>();
        using (var lease = new WorkerLease(_pool))
        {
            foreach (var suite in Suites)
            {
                results.Add(await _exerciseGrader.GradeAsync(submission, suite, lease, share));
            }
        }

        return new GradingReport(submission.Name, results.Sum(result => result.Score), results.Sum(result => result.MaxScore),
            Math.Round(clock.Elapsed.TotalSeconds, 2), SandboxName, results);
    }

    public void Dispose() => _pool.Dispose();
}
