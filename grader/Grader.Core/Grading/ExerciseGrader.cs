using System.Diagnostics;
using Grader.Compilation;
using Grader.Execution;
using Grader.Reports;
using Grader.Scoring;
using Grader.Submissions;
using Grader.Suites;

namespace Grader.Grading;

/// <summary>
/// Grades one exercise of one submission in three steps: <see cref="Prepare"/> reads, compiles and compares with the
/// contract, in the grader; <see cref="StartAsync"/> runs the visible tests in a worker; <see cref="FinishAsync"/> runs
/// the others and judges. A submission's next exercise can be prepared while this one runs, and run while this one is judged.
/// </summary>
internal sealed class ExerciseGrader(ExerciseRunner runner, Judge judge)
{
    public static ExercisePreparation Prepare(Submission submission, CompiledSuite suite, TimeSpan compileTimeout)
    {
        var clock = Stopwatch.StartNew();
        return PrepareUntimed(submission, suite, compileTimeout) with { Took = clock.Elapsed };
    }

    private static ExercisePreparation PrepareUntimed(Submission submission, CompiledSuite suite, TimeSpan compileTimeout)
    {
        var exercise = suite.Exercise;
        var files = SubmissionReader.Read(submission, exercise);
        if (files.MissingReason is not null)
        {
            return NotGraded(suite, ExerciseStatus.Missing, files.MissingReason, "the exercise is missing");
        }

        if (files.RejectedReason is not null)
        {
            return NotGraded(suite, ExerciseStatus.CompileError, files.RejectedReason, "the exercise's files could not be read");
        }

        var compileClock = Stopwatch.StartNew();
        if (BoundedBuild.Run(suite.Contract.Builder, files.Sources, compileTimeout, out var refusal) is not { } compiled)
        {
            return NotGraded(suite, ExerciseStatus.CompileError, refusal!, "the code could not be compiled");
        }

        if (!compiled.Succeeded)
        {
            return NotGraded(suite, ExerciseStatus.CompileError,
                $"The code does not compile:\n{string.Join("\n", compiled.Errors)}", "the code does not compile");
        }

        var broken = suite.Contract.FindBrokenPromises(compiled.Compilation);
        if (broken.Count > 0)
        {
            return NotGraded(suite, ExerciseStatus.CompileError,
                $"The code does not match the exercise's signatures, so the tests cannot call it:\n{string.Join("\n", broken)}",
                "the code does not match the expected signatures");
        }

        // The search binds every name again, which takes about as long as compiling did, so it gets what is left of the
        // compile limit; code that took more than half of it is not searched, and not shared.
        var compileTime = compileClock.Elapsed;
        var left = compileTimeout - compileTime;
        using var searchDeadline = new CancellationTokenSource(left > compileTime ? left : Timeout.InfiniteTimeSpan);
        if (left <= compileTime)
        {
            searchDeadline.Cancel();
        }

        var shareable = SharingPolicy.FindReasonNotToShare(compiled.Compilation, compiled.Image!, files.Sources.Select(file => file.DisplayPath),
            searchDeadline.Token) is null;
        return new ExercisePreparation(suite, compiled.Image, shareable, NotGraded: null);
    }

    /// <summary>
    /// The first step of running an exercise: its visible tests. Every exercise of the submission takes this step before
    /// any takes <see cref="FinishAsync"/>, so that nothing a hidden test gave the code can reach a visible test's details.
    /// The submission's last exercise runs all its tests here, as no visible test follows it.
    /// </summary>
    public async Task<ExerciseInProgress> StartAsync(ExercisePreparation prepared, WorkerLease lease, TimeSpan budget, bool last)
    {
        if (prepared.NotGraded is { } result)
        {
            return ExerciseInProgress.Done(result with { ExecutionTimeSeconds = Seconds(prepared.Took) });
        }

        var clock = Stopwatch.StartNew();
        var suite = prepared.Suite;
        var acts = (suite.VisibleActImage, suite.HiddenActImage);
        if (!last)
        {
            var run = ExerciseRunner.Begin(suite.Exercise.Slug, prepared.Image!, acts, suite.Tests, budget);
            await InItsWorkerAsync(prepared, lease, async () =>
            {
                await runner.RunVisibleAsync(lease, run);
                return run;
            });
            var seen = run.Visible.Where(run.Observations.ContainsKey).ToDictionary(id => id, id => run.Observations[id]);
            return ExerciseInProgress.Started(prepared, run, clock.Elapsed, Task.Run(() => DecideVisible(suite, seen)));
        }

        var observations = await InItsWorkerAsync(prepared, lease, () => runner.RunAsync(lease, suite.Exercise.Slug, prepared.Image!, acts, suite.Tests, budget));
        var visible = DecideVisible(suite, suite.Tests.Zip(observations).ToDictionary(pair => pair.First.Id, pair => pair.Second));
        return ExerciseInProgress.Judging(DecideApart(prepared, observations, clock.Elapsed, visible));
    }

    /// <summary>
    /// The second step: the exercise's other tests, then the verdicts. It returns as soon as the worker is done with the
    /// exercise; the task it returns gives the verdicts, which are reached on a thread of their own meanwhile, so that the
    /// worker can run the next exercise. The checks of a cold grader take most of a second, as long as the worker takes
    /// to run every other exercise's hidden tests.
    /// </summary>
    public async Task<Task<ExerciseResult>> FinishAsync(ExerciseInProgress exercise, WorkerLease lease)
    {
        if (exercise.Verdict is { } verdict)
        {
            return verdict;
        }

        var clock = Stopwatch.StartNew();
        var observations = await InItsWorkerAsync(exercise.Prepared!, lease, () => runner.RunOthersAsync(lease, exercise.Run!));
        return DecideApart(exercise.Prepared!, observations, exercise.Ran + clock.Elapsed, await exercise.VisibleVerdicts!);
    }

    /// <summary>
    /// Waits for the verdicts of every visible test that has run. Some checks have time limits (a pattern's match, a slow
    /// check), so how busy the machine is can decide a verdict; and code given a hidden test's inputs could make it busy, by
    /// as much as the inputs say. Reached before any hidden test runs, a visible test's verdict cannot depend on them.
    /// </summary>
    public static Task VisibleVerdictsReachedAsync(IEnumerable<ExerciseInProgress> exercises) =>
        Task.WhenAll(exercises.Select(exercise => exercise.VisibleVerdicts).OfType<Task>());

    private Task<ExerciseResult> DecideApart(
        ExercisePreparation prepared, IReadOnlyList<TestObservation> observations, TimeSpan ran, IReadOnlyDictionary<string, TestResult> visible) =>
        Task.Run(() => Decide(prepared, observations, ran, visible));

    private IReadOnlyDictionary<string, TestResult> DecideVisible(CompiledSuite suite, IReadOnlyDictionary<string, TestObservation> seen) =>
        suite.Tests.Where(test => seen.ContainsKey(test.Id) && test.Visibility == Visibility.Visible)
            .ToDictionary(test => test.Id, test => judge.Decide(test, seen[test.Id]));

    // Code that is not shareable does not run where anything ran before it: that process's memory still holds what ran
    // there (other submissions' code and hidden tests' inputs), which this code could read and show in the details of
    // a visible test. Nor does anything run after it there: what it left in the process (an environment variable, say)
    // could carry a hidden test's inputs into the details of a visible test of the submission's next exercise. Its
    // hidden tests still wait for every visible test: what they do outside their process (how long they take, read on
    // the machine's clock) could reach the next exercise's visible tests too.
    private static async Task<T> InItsWorkerAsync<T>(ExercisePreparation prepared, WorkerLease lease, Func<Task<T>> run)
    {
        if (prepared.Shareable)
        {
            return await run();
        }

        lease.BeginUnshared();
        var ran = await run();
        lease.EndUnshared();
        return ran;
    }

    private ExerciseResult Decide(
        ExercisePreparation prepared, IReadOnlyList<TestObservation> observations, TimeSpan ran, IReadOnlyDictionary<string, TestResult> visible)
    {
        var suite = prepared.Suite;
        var tests = suite.Tests.Zip(observations, (test, seen) => visible.GetValueOrDefault(test.Id) ?? judge.Decide(test, seen)).ToList();
        var status = ExerciseResult.StatusOfRun(tests);
        var tampered = observations.Any(observation => observation is ActTampered);
        var notRun = observations.Count(observation => observation is ActNotRun);
        return new ExerciseResult(suite.Exercise.Slug, tests.Sum(test => test.Score), suite.MaxScore, status, Summarize(tests, status, tampered, notRun), tests,
            Seconds(prepared.Took + ran));
    }

    private static double Seconds(TimeSpan time) => Math.Round(time.TotalSeconds, 2);

    private static ExercisePreparation NotGraded(CompiledSuite suite, ExerciseStatus status, string message, string reason) =>
        new(suite, Image: null, Shareable: true,
            new ExerciseResult(suite.Exercise.Slug, 0, suite.MaxScore, status, message, Judge.NotRun(suite.Tests, reason)));

    private static string Summarize(IReadOnlyList<TestResult> tests, ExerciseStatus status, bool tampered, int notRun)
    {
        var passed = tests.Count(test => test.Status == TestStatus.Passed);
        var summary = $"{passed} of {tests.Count} tests passed.";
        // Tests that never ran fail with their reason; the summary counts them, so "the other tests" stays true.
        var alsoNotRun = notRun == 0 ? "" : $", and {notRun} could not run (each says why)";
        return status switch
        {
            _ when tampered =>
                $"{summary} The code wrote messages of its own into the grader's control channel, so its process was stopped and every test it had not finished scores 0.",
            ExerciseStatus.Crashed =>
                $"{summary} {tests.Count(test => test.Status == TestStatus.Error)} crashed the process{alsoNotRun}; the other tests ran in a fresh one.",
            ExerciseStatus.TimedOut =>
                $"{summary} {tests.Count(test => test.Status == TestStatus.Timeout)} timed out{alsoNotRun}; the other tests were graded normally.",
            _ when notRun > 0 => $"{summary} {notRun} could not run (each says why).",
            _ => summary,
        };
    }
}
