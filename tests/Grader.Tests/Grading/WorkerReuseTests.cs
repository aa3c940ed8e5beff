using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Grader.Reports;
using Grader.Submissions;

namespace Grader.Tests.Grading;

/// <summary>
/// Workers are expensive to start and warm, so one serves submission after submission, but only while every
/// exercise it ran unloads cleanly: code that is still running afterwards never meets the next submission.
/// </summary>
[Collection(GradingCollection.Name)]
public class WorkerReuseTests(GradingFixture grading)
{
    private static readonly string DispatcherThatLeavesAThreadRunning = DispatcherSources.CorrectAfter(
        "new Thread(() => { while (true) { Thread.Sleep(20); } }) { IsBackground = true }.Start();");

    // Nothing runs: a framework's static event merely holds a delegate to the learner's method, and with it the code.
    private static readonly string DispatcherThatStaysReferenced = DispatcherSources.CorrectAfter(
        "TaskScheduler.UnobservedTaskException += OnUnobserved;", "private static void OnUnobserved(object? sender, UnobservedTaskExceptionEventArgs e) { }");

    // 150 MB of the tests' 192 MB limit, once per exercise: room enough in a worker as it starts, not beside 64 MB more.
    private static readonly string DispatcherThatNeedsMostOfTheMemoryLimit = DispatcherSources.CorrectAfter(
        "if (!allocated) { allocated = true; GC.KeepAlive(new byte[150 << 20]); }", "private static bool allocated;");

    [Fact]
    public async Task Grade_CleanSubmissionsOneAfterAnother_ShareOneWorker()
    {
        using var session = grading.OpenPrivateSession();

        for (var run = 0; run < 3; run++)
        {
            var report = await session.GradeAsync(Submission.Open(grading.Assemble(grading.Scenario("all-correct")), $"learner-{run}"));
            report.Score.Should().Be(report.MaxScore);
        }

        session.WorkersStarted.Should().Be(1, "every exercise of every submission unloaded cleanly, so the first worker served them all");
    }

    [Fact]
    public async Task Grade_CodeThatPrints_StillSharesItsWorker()
    {
        using var session = grading.OpenPrivateSession();
        var printing = await session.GradeAsync(grading.AllCorrectWithDispatcher(
            DispatcherSources.CorrectAfter("Console.WriteLine($\"debug: {toolCall.Function.Name}\");"), "prints"));
        var next = await session.GradeAsync(Submission.Open(grading.Assemble(grading.Scenario("all-correct")), "next"));

        printing.Score.Should().Be(printing.MaxScore);
        next.Score.Should().Be(next.MaxScore);
        session.WorkersStarted.Should().Be(1, "printing, as learners do to debug, leaves nothing running that could reach the next submission");
    }

    [Fact]
    public async Task Grade_MoreSubmissionsThanAWorkerMayServe_RetiresItForAFreshOne()
    {
        using var session = grading.OpenPrivateSession(GradingFixture.Limits with { MaxSubmissionsPerWorker = 2 });

        for (var run = 0; run < 3; run++)
        {
            var report = await session.GradeAsync(Submission.Open(grading.Assemble(grading.Scenario("all-correct")), $"learner-{run}"));
            report.Score.Should().Be(report.MaxScore);
        }

        // At least: on a very busy machine a worker can also be replaced for a slow unload, which costs no score.
        session.WorkersStarted.Should().BeGreaterThanOrEqualTo(2, "the first worker served its two submissions and was replaced for the third");
    }

    [Fact]
    public async Task Grade_CodeStillRunningAfterItsTests_GetsTheWorkerRetired()
    {
        using var session = grading.OpenPrivateSession();
        var first = await session.GradeAsync(grading.AllCorrectWithDispatcher(DispatcherThatLeavesAThreadRunning, "lingering"));
        var second = await session.GradeAsync(Submission.Open(grading.Assemble(grading.Scenario("all-correct")), "next"));

        first.Score.Should().Be(first.MaxScore, "the thread it leaves behind does not make its answers wrong");
        second.Score.Should().Be(second.MaxScore);
        session.WorkersStarted.Should().BeGreaterThanOrEqualTo(2, "the worker with the learner's thread still in it must not serve anyone else");
    }

    [Fact]
    public async Task Grade_CodeStillReferencedAfterItsTests_GetsTheWorkerRetired()
    {
        using var session = grading.OpenPrivateSession();
        var first = await session.GradeAsync(grading.AllCorrectWithDispatcher(DispatcherThatStaysReferenced, "referenced"));
        var second = await session.GradeAsync(Submission.Open(grading.Assemble(grading.Scenario("all-correct")), "next"));

        first.Score.Should().Be(first.MaxScore);
        second.Score.Should().Be(second.MaxScore);
        session.WorkersStarted.Should().BeGreaterThanOrEqualTo(2, "code that a shared static still reaches could not be unloaded, so its worker must not serve anyone else");
    }

    [Fact]
    public async Task Grade_MemoryStillHeldByTheFrameworkAfterItsTests_GetsTheWorkerRetired()
    {
        using var session = grading.OpenPrivateSession();
        // The shared pool that keeps the array is the framework's own, so the exercise unloads cleanly all the same.
        var first = await session.GradeAsync(grading.AllCorrectWithDispatcher(DispatcherSources.CorrectAfter(
            "System.Buffers.ArrayPool<byte>.Shared.Return(System.Buffers.ArrayPool<byte>.Shared.Rent(64 << 20));"), "keeps-memory"));
        var second = await session.GradeAsync(grading.AllCorrectWithDispatcher(DispatcherThatNeedsMostOfTheMemoryLimit, "needs-memory"));

        first.Score.Should().Be(first.MaxScore, "the memory it leaves behind does not make its answers wrong");
        second.Score.Should().Be(second.MaxScore, "the next learner's code may use all of the memory limit: {0}", Failures(second));
        session.WorkersStarted.Should().BeGreaterThanOrEqualTo(2, "a worker that still holds what one learner's code left must not serve anyone else");
    }

    [Fact]
    public async Task Grade_AfterCodeThatInternedManyStrings_TheNextSubmissionHasAllItsMemory()
    {
        using var session = grading.OpenPrivateSession();
        var first = await session.GradeAsync(grading.AllCorrectWithDispatcher(DispatcherSources.CorrectAfter(
            "if (!interned) { interned = true; for (var i = 0; i < 10; i++) { string.Intern(new string('A', 5_000_000) + i); } }",
            "private static bool interned;"), "interns-strings"));
        var second = await session.GradeAsync(grading.AllCorrectWithDispatcher(DispatcherThatNeedsMostOfTheMemoryLimit, "needs-memory"));

        first.Score.Should().Be(first.MaxScore);
        second.Score.Should().Be(second.MaxScore, "100 MB of strings interned by the first learner's code must not count against the next: {0}",
            Failures(second));
    }

    [Theory]
    [InlineData("Enumerable.Repeat(1.0, int.MaxValue).Sum")]
    [InlineData("Enumerable.Repeat(1.0, int.MaxValue).AsParallel().Sum")]
    [InlineData("new SemaphoreSlim(0).Wait")]
    public async Task Grade_FrameworkWorkStillRunningOnThePoolAfterItsTests_GetsTheWorkerRetired(string work)
    {
        using var session = grading.OpenPrivateSession();
        // The delegate is the framework's own, so the exercise unloads cleanly all the same, and the work is no longer
        // waiting in the queue: a thread of the pool is running it.
        var first = await session.GradeAsync(grading.AllCorrectWithDispatcher(DispatcherSources.CorrectAfter(
            "", $"static ToolDispatcher() {{ _ = Task.Run({work}); }}"), "leaves-work-running"));
        var second = await session.GradeAsync(Submission.Open(grading.Assemble(grading.Scenario("all-correct")), "next"));

        first.Score.Should().Be(first.MaxScore);
        second.Score.Should().Be(second.MaxScore);
        session.WorkersStarted.Should().BeGreaterThanOrEqualTo(2, "work one learner's code started must not take processor time from the next learner's");
    }

    [Fact]
    public async Task Grade_CorrectCodeThatRunsToolCallsOnThePool_StillSharesItsWorker()
    {
        using var session = grading.OpenPrivateSession();
        var concurrent = await session.GradeAsync(Submission.Open(grading.Assemble(grading.Scenario("05-correct-concurrent-calls")), "concurrent"));
        var records = await session.GradeAsync(Submission.Open(grading.Assemble(grading.Scenario("06-correct-json-tools-and-records")), "records"));
        var next = await session.GradeAsync(Submission.Open(grading.Assemble(grading.Scenario("all-correct")), "next"));

        concurrent.Score.Should().Be(concurrent.MaxScore);
        records.Score.Should().Be(records.MaxScore);
        next.Score.Should().Be(next.MaxScore);
        session.WorkersStarted.Should().Be(1, "Task.Run and Task.WhenAll leave nothing running once the code has awaited them, so one worker serves all three");
    }

    [Fact]
    public async Task Grade_FinalizerThatNeverReturns_CostsItsWorkerButAddsNoLongWait()
    {
        // Every limit but the unload's is far longer than the whole test may take, so waiting on any of them shows as
        // ten minutes, however slow the machine, and the unload's own few seconds never come near the bound.
        var tenMinutes = TimeSpan.FromMinutes(10);
        using var session = grading.OpenPrivateSession(GradingFixture.Limits with
        {
            UnloadTimeout = TimeSpan.FromSeconds(2),
            StartupTimeout = tenMinutes,
            TestTimeout = tenMinutes,
            SubmissionBudget = tenMinutes * 6,
        });
        var clock = Stopwatch.StartNew();

        var report = await session.GradeAsync(grading.AllCorrectWithDispatcher(DispatcherSources.CorrectAfter(
            "_ = new Stubborn();",
            "private sealed class Stubborn { ~Stubborn() { while (true) { } } }"), "stubborn-finalizer"));

        report.Score.Should().Be(report.MaxScore, "a finalizer that never returns does not make the answers wrong");
        clock.Elapsed.Should().BeLessThan(tenMinutes / 2, "unloading waits only for the unload's own limit, not for any longer one");
        session.WorkersStarted.Should().BeGreaterThanOrEqualTo(2, "the worker whose finalizer never returned must not serve anyone else");
    }

    [Fact]
    public async Task Grade_CodeThatCouldReadItsProcesssMemory_RunsInAWorkerNoOtherSubmissionUsed()
    {
        using var session = grading.OpenPrivateSession();
        // The first learner's code leaves its mark on its worker: hundreds of full collections.
        var first = await session.GradeAsync(grading.AllCorrectWithDispatcher(DispatcherSources.CorrectAfter(
            "for (var i = 0; i < 20; i++) { GC.Collect(); }"), "collector"));

        // Reflection makes the second learner's code one that may read anything in its process; it counts the marks.
        var second = await session.GradeAsync(grading.AllCorrectWithDispatcher(DispatcherSources.CorrectAfter("""
            _ = typeof(ToolDispatcher).GetMethods();
            if (toolCall.Function.Name == "fly_to_moon")
            {
                throw new InvalidOperationException($"full collections so far: {GC.CollectionCount(2)}");
            }
            """), "reader"));

        first.Score.Should().Be(first.MaxScore);
        var seen = second.Exercises.Single(exercise => exercise.Slug == "02-dispatch-tool-call").Tests
            .Single(test => test.Name == "Unknown function returns an error object").Message;
        var collections = int.Parse(Regex.Match(seen, @"full collections so far: (\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
        collections.Should().BeLessThan(100, "a worker that served the first submission would have done its hundreds of collections: {0}", seen);
    }

    [Fact]
    public async Task Grade_TimerStillPendingWithNoLearnerCodeInIt_GetsTheWorkerRetired()
    {
        using var session = grading.OpenPrivateSession();
        // The timer and its callback are the framework's own, so the exercise unloads cleanly all the same.
        var first = await session.GradeAsync(grading.AllCorrectWithDispatcher(DispatcherSources.CorrectAfter(
            "new CancellationTokenSource(TimeSpan.FromMinutes(5)).Token.UnsafeRegister(GC.KeepAlive, null);"), "leaves-a-timer"));
        var second = await session.GradeAsync(Submission.Open(grading.Assemble(grading.Scenario("all-correct")), "next"));

        first.Score.Should().Be(first.MaxScore);
        second.Score.Should().Be(second.MaxScore);
        session.WorkersStarted.Should().BeGreaterThanOrEqualTo(2, "a timer set by one learner's code must never fire while another learner's code runs");
    }

    [Fact]
    public async Task Grade_CodeThatChangesTheCultureOfItsThread_DoesNotPassItToTheNextTest()
    {
        using var session = grading.OpenPrivateSession();

        // The first call changes the culture; every call after it fails while that culture is still set. Only the
        // test that made the first call may see it.
        var report = await session.GradeAsync(grading.AllCorrectWithDispatcher(DispatcherSources.CorrectAfter(
            "if (System.Globalization.CultureInfo.CurrentCulture.Name == \"de-DE\") throw new InvalidOperationException(\"An earlier test's culture is still set.\"); " +
            "if (!changed) { changed = true; Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo(\"de-DE\"); }",
            "private static bool changed;"), "changes-its-culture"));

        report.Exercises.Single(exercise => exercise.Slug == "02-dispatch-tool-call").Tests.Count(test => test.Score < test.MaxScore)
            .Should().BeLessThanOrEqualTo(1, "each test starts with the worker's own culture, whatever the one before it set");
    }

    // A folder's name could carry what the code saw. Code that makes one gets a worker of its own: the worker empties its
    // temporary folder of what is new at the top only, and a folder made inside one that was there from the start (where
    // the grader lives under /tmp) would outlast the exercise.
    [Fact]
    public async Task Grade_FoldersLeftInTheTemporaryFolder_AreGoneBeforeTheNextSubmission()
    {
        using var session = grading.OpenPrivateSession();
        const string LeftBehind = "Path.Combine(Path.GetTempPath(), \"left-behind\", \"inside\")";
        var first = await session.GradeAsync(grading.AllCorrectWithDispatcher(
            DispatcherSources.CorrectAfter($"Directory.CreateDirectory({LeftBehind});"), "leaves-a-folder"));
        var second = await session.GradeAsync(grading.AllCorrectWithDispatcher(
            DispatcherSources.CorrectAfter($"if (Directory.Exists({LeftBehind})) throw new InvalidOperationException(\"An earlier submission's folder is still here.\");"),
            "expects-an-empty-folder"));

        first.Score.Should().Be(first.MaxScore);
        second.Score.Should().Be(second.MaxScore, "the next submission must find the temporary folder as the worker started with it");
        session.WorkersStarted.Should().BeGreaterThanOrEqualTo(2, "the code that made the folder ran in a worker of its own");
    }

    [Fact]
    public async Task Grade_AfterTheIdleWorkerDied_RunsEveryTestInAFreshOne()
    {
        using var session = grading.OpenPrivateSession();
        await session.GradeAsync(Submission.Open(grading.Assemble(grading.Scenario("all-correct")), "first"));
        foreach (var id in session.Pool.IdleProcessIds.ToList())
        {
            using var idle = System.Diagnostics.Process.GetProcessById(id);
            idle.Kill(entireProcessTree: true);
            await idle.WaitForExitAsync();
        }

        var report = await session.GradeAsync(Submission.Open(grading.Assemble(grading.Scenario("all-correct")), "second"));

        report.Score.Should().Be(report.MaxScore, "a worker that died while waiting is no fault of the next learner: {0}", Failures(report));
        session.WorkersStarted.Should().Be(2);
    }

    private static string Failures(GradingReport report) =>
        string.Join("; ", report.Exercises.SelectMany(exercise => exercise.Tests).Where(test => test.Score < test.MaxScore).Select(test => test.Message));
}
