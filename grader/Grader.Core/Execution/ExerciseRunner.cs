using System.Diagnostics;
using System.Globalization;
using Grader.Suites;
using Grader.Worker.Protocol;

namespace Grader.Execution;

/// <summary>
/// Runs one exercise's tests in workers and records what happened to each. A test that hangs or crashes its
/// worker costs only that test: the remaining tests run on in a fresh worker, within the exercise's time share.
/// </summary>
internal sealed class ExerciseRunner(GradingLimits limits)
{
    // A worker lost before a test starts is seldom the learner's doing; even two in a row have been seen when the
    // machine itself killed idle workers. A third fresh worker is cheap next to a lost exercise.
    private const int MaxWorkersLostOutsideTests = 3;

    // A test that takes its worker down runs once more in a fresh worker before the crash counts against it. Learner
    // code that crashes does so again; a worker lost to the machine (seen, rarely, in the middle of a test that only
    // loops) does not cost the learner the test.
    private const int RunsBeforeACrashCounts = 2;

    /// <summary>
    /// Runs all of an exercise's tests at once: the visible tests first, then the others beside the code already loaded.
    /// For the submission's last exercise, after which no visible test runs.
    /// </summary>
    /// <param name="acts">
    /// The suite's acts: those of the visible tests with the suite's helpers, and those of the other tests, which build on
    /// them. The visible tests run first, with their own acts only, so that no hidden test's act is in the process while a
    /// test runs whose details a learner sees.
    /// </param>
    public async Task<IReadOnlyList<TestObservation>> RunAsync(
        WorkerLease lease, string exercise, byte[] learner, (byte[] Visible, byte[] Hidden) acts, IReadOnlyList<HiddenTestInfo> tests, TimeSpan budget)
    {
        var run = Begin(exercise, learner, acts, tests, budget);
        run.Budget.Clock.Start();
        foreach (var (phaseActs, phase) in new[] { (run.VisibleActs, run.Visible), (run.HiddenActs, run.Others) }.Where(phase => phase.Item2.Count > 0))
        {
            await RunPhaseAsync(lease, phaseActs, phase, run);
        }

        await FinishAsync(lease, run);
        return run.Results();
    }

    /// <summary>
    /// An exercise whose tests run in two steps, apart: <see cref="RunVisibleAsync"/>, then, once every exercise of the
    /// submission has run its visible tests, <see cref="RunOthersAsync"/>. Code that shares its worker can leave traces
    /// there that no rule can forbid (which objects the runtime has made, how far a thread's sequence of hash codes has
    /// got); run in this order, nothing a hidden test gave it can reach a test whose details a learner sees.
    /// </summary>
    public static ExerciseRun Begin(
        string exercise, byte[] learner, (byte[] Visible, byte[] Hidden) acts, IReadOnlyList<HiddenTestInfo> tests, TimeSpan budget) =>
        new(exercise, learner, acts, tests, (budget, new Stopwatch()));

    /// <summary>
    /// Runs the exercise's visible tests and keeps it loaded, paused, for its other tests: loading it afresh made the
    /// runtime compile the learner's code and the suite's acts to machine code a second time (about 7 % of a class's
    /// processor time). A worker in which anything of it still goes on is replaced, as after a whole exercise, and the
    /// other tests then load it anew.
    /// </summary>
    public Task RunVisibleAsync(WorkerLease lease, ExerciseRun run) => RunApartAsync(lease, run.VisibleActs, run.Visible, run, keep: true);

    /// <summary>Runs the rest of the exercise's tests beside its paused load, or in a fresh load where there is none, then unloads it.</summary>
    public async Task<IReadOnlyList<TestObservation>> RunOthersAsync(WorkerLease lease, ExerciseRun run)
    {
        await RunApartAsync(lease, run.HiddenActs, run.Others, run, keep: false);
        return run.Results();
    }

    private async Task RunApartAsync(WorkerLease lease, PhaseActs acts, List<string> tests, ExerciseRun run, bool keep)
    {
        if (tests.Count == 0)
        {
            // An exercise whose tests are all visible is still loaded, paused, when its other tests (none) come.
            if (!keep && run.LoadedIn is not null)
            {
                await FinishAsync(lease, run);
            }

            return;
        }

        run.Budget.Clock.Start();
        await RunPhaseAsync(lease, acts, tests, run);
        run.Budget.Clock.Stop();
        if (keep)
        {
            await PauseAsync(lease, run);
            return;
        }

        await FinishAsync(lease, run);
    }

    // Runs one group of tests, in the suite's order. A group that follows another without a break (see RunAsync)
    // continues in the worker the last one finished in, beside the learner's code already loaded there, as if the tests
    // had run in one go; a fresh worker loads that code anew, with the acts the phase's acts build on.
    private async Task RunPhaseAsync(WorkerLease lease, PhaseActs acts, List<string> tests, ExerciseRun run)
    {
        var remaining = tests;
        var failuresOutsideTests = 0;
        var crashes = new Dictionary<string, int>();

        while (remaining.Count > 0)
        {
            var left = run.Budget.Whole - run.Budget.Clock.Elapsed;
            if (left <= TimeSpan.Zero)
            {
                remaining.ForEach(id => run.Observations[id] = new ActNotRun(id, Reason.Fixed(
                    string.Create(CultureInfo.InvariantCulture, $"this exercise's share of the time budget ({run.Budget.Whole.TotalSeconds:0.#} s) ran out before it could run"))));
                break;
            }

            var worker = await lease.GetAsync();
            var request = worker == run.LoadedIn
                ? new WorkerRequest(WorkerRequest.Continue, Act: acts.Act, Tests: remaining, Exercise: run.Exercise)
                : new WorkerRequest(WorkerRequest.Run, run.Learner, acts.Act, remaining, Exercise: run.Exercise, ActsBeneath: acts.Beneath);
            if (request.Op == WorkerRequest.Run)
            {
                worker.ExercisesKept.Add(run.Exercise);
            }

            var (outcome, loss) = await RunBatchAsync(worker, request, remaining, (run.Budget.Whole, left), run.Observations, crashes);
            remaining = remaining.Where(id => !run.Observations.ContainsKey(id)).ToList();
            if (outcome == BatchEnd.Finished)
            {
                run.LoadedIn = worker;
                continue;
            }

            // A lost worker is never asked again: the next batch, or the retry, gets a fresh one.
            lease.Drop();
            if (outcome == BatchEnd.LostOutsideTest && ++failuresOutsideTests >= MaxWorkersLostOutsideTests)
            {
                remaining.ForEach(id => run.Observations[id] = new ActNotRun(id,
                    loss!.Within(last => $"{MaxWorkersLostOutsideTests} workers were lost while loading this exercise, the last because {last}")));
                break;
            }
        }
    }

    private enum BatchEnd
    {
        Finished,
        WorkerLost,
        LostOutsideTest,
    }

    private async Task<(BatchEnd End, Reason? Loss)> RunBatchAsync(WorkerProcess worker, WorkerRequest request, List<string> tests,
        (TimeSpan Whole, TimeSpan Left) budget, Dictionary<string, TestObservation> observations, Dictionary<string, int> crashes)
    {
        var budgetLeft = budget.Left;
        if (!worker.TrySend(request))
        {
            return (BatchEnd.LostOutsideTest, worker.DescribeExit().Within(exit => $"its control channel was closed ({exit})"));
        }

        var budgetClock = Stopwatch.StartNew();
        string? current = null;
        var testClock = new Stopwatch();
        while (true)
        {
            var testLeft = current is null ? limits.TestTimeout + TimeSpan.FromSeconds(2) : limits.TestTimeout - testClock.Elapsed;
            var shareLeft = budgetLeft - budgetClock.Elapsed;
            var wait = Min(testLeft, shareLeft);
            WorkerEvent? message;
            try
            {
                message = wait > TimeSpan.Zero ? await worker.ReceiveAsync(wait) : throw new TimeoutException();
            }
            catch (TimeoutException) when (worker.StopIfOverLimits())
            {
                // Its memory or threads, not its time, is what stopped it: the watch would have, had its beat come first.
                message = null;
            }
            catch (TimeoutException)
            {
                worker.Kill();
                var victim = current ?? tests.FirstOrDefault(id => !observations.ContainsKey(id));
                if (victim is not null)
                {
                    observations[victim] = new ActTimedOut(victim, limits.TestTimeout, shareLeft < testLeft ? budget.Whole : null);
                }

                return (BatchEnd.WorkerLost, Reason.Fixed("it timed out"));
            }
            catch (ForgedEventException forged)
            {
                return Tampered(tests, observations, forged.Message);
            }

            switch (message?.Op)
            {
                case null:
                    var reason = worker.DescribeExit();
                    if (current is null)
                    {
                        return (BatchEnd.LostOutsideTest, reason);
                    }

                    crashes[current] = crashes.GetValueOrDefault(current) + 1;
                    if (crashes[current] >= RunsBeforeACrashCounts)
                    {
                        observations[current] = new ActCrashed(current, reason);
                    }

                    return (BatchEnd.WorkerLost, reason);
                case WorkerEvent.LoadFailed:
                    tests.ForEach(id => observations.TryAdd(id, new ActNotRun(id, Reason.Fixed($"the compiled code could not be loaded ({message.Message})"))));
                    return (BatchEnd.Finished, null);
                case WorkerEvent.Started:
                    current = message.Test;
                    testClock.Restart();
                    break;
                case WorkerEvent.Completed when message.Test != current:
                    worker.Kill();
                    return Tampered(tests, observations, $"a result arrived for '{message.Test}' while '{current}' was running");
                case WorkerEvent.Completed when message.Test is not null:
                    observations[message.Test] = message is { ActBrokeAt: { } place, ExceptionType: { } type }
                        ? new ActBroken(message.Test, type, message.ExceptionMessage, place)
                        : new ActCompleted(message.Test, new Produced(message.Value, message.ExceptionType, message.ExceptionMessage));
                    current = null;
                    break;
                case WorkerEvent.Finished:
                    return (BatchEnd.Finished, null);
            }
        }
    }

    // Whatever the worker reported before the forgery stands: it was sealed, so the worker sent it.
    // Every test still open is lost, with no second run, since the code that forged once would forge again.
    private static (BatchEnd End, Reason? Loss) Tampered(List<string> tests, Dictionary<string, TestObservation> observations, string what)
    {
        tests.ForEach(id => observations.TryAdd(id, new ActTampered(id)));
        return (BatchEnd.WorkerLost, new Reason($"learner code wrote into its control channel ({what})", "learner code wrote into its control channel"));
    }

    // Unloads the exercise; a worker whose learner code lingers is not used for the next exercise.
    private async Task FinishAsync(WorkerLease lease, ExerciseRun run)
    {
        run.LoadedIn = null;
        if (lease.Current is { } worker && await SettledAsync(lease, worker, WorkerRequest.Finish, run.Exercise))
        {
            worker.ExercisesKept.Remove(run.Exercise);
        }
    }

    // Keeps the exercise loaded where it is; a worker in which anything of it still goes on is not used again.
    private async Task PauseAsync(WorkerLease lease, ExerciseRun run)
    {
        if (lease.Current is not { } worker || worker != run.LoadedIn || !await SettledAsync(lease, worker, WorkerRequest.Pause, run.Exercise))
        {
            run.LoadedIn = null;
        }
    }

    private async Task<bool> SettledAsync(WorkerLease lease, WorkerProcess worker, string op, string exercise)
    {
        try
        {
            if (worker.TrySend(new WorkerRequest(op, Exercise: exercise))
                && await worker.ReceiveAsync(limits.UnloadTimeout) is { Op: WorkerEvent.Hygiene, Clean: true })
            {
                return true;
            }
        }
        catch (Exception exception) when (exception is TimeoutException or ForgedEventException)
        {
        }

        lease.Drop();
        lease.Shareable = false;
        return false;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
