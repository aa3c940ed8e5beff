using Grader.Grading;
using Grader.Submissions;

namespace Grader.Tests.Grading;

/// <summary>
/// Workers are expensive to start and warm, so one serves submission after submission, but only while every
/// exercise it ran unloads cleanly: code that is still running afterwards never meets the next submission.
/// </summary>
[Collection(GradingCollection.Name)]
public class WorkerReuseTests(GradingFixture grading)
{
    private const string DispatcherThatLeavesAThreadRunning = """
        using System.Text.Json;
        using ToolCalling;

        namespace Exercises;

        public static class ToolDispatcher
        {
            public static string DispatchToolCall(IToolCall toolCall, IReadOnlyDictionary<string, ToolFunction> registry)
            {
                new Thread(() => { while (true) { Thread.Sleep(20); } }) { IsBackground = true }.Start();
                using var arguments = JsonDocument.Parse(toolCall.Function.Arguments);
                return registry.TryGetValue(toolCall.Function.Name, out var function)
                    ? JsonSerializer.Serialize(function(arguments.RootElement))
                    : JsonSerializer.Serialize(new { error = $"Unknown function: {toolCall.Function.Name}" });
            }
        }
        """;

    [Fact]
    public async Task Grade_CleanSubmissionsOneAfterAnother_ShareOneWorker()
    {
        using var session = OpenSession();

        for (var run = 0; run < 3; run++)
        {
            var report = await session.GradeAsync(Submission.Open(grading.Assemble(grading.Scenario("all-correct")), $"learner-{run}"));
            report.Score.Should().Be(report.MaxScore);
        }

        session.WorkersStarted.Should().Be(1, "every exercise of every submission unloaded cleanly, so the first worker served them all");
    }

    [Fact]
    public async Task Grade_CodeStillRunningAfterItsTests_GetsTheWorkerRetired()
    {
        using var session = OpenSession();
        var lingering = grading.Assemble(grading.Scenario("all-correct"));
        File.WriteAllText(Path.Combine(lingering, "exercises", "02-dispatch-tool-call", "ToolDispatcher.cs"), DispatcherThatLeavesAThreadRunning);

        var first = await session.GradeAsync(Submission.Open(lingering, "lingering"));
        var second = await session.GradeAsync(Submission.Open(grading.Assemble(grading.Scenario("all-correct")), "next"));

        first.Score.Should().Be(first.MaxScore, "the thread it leaves behind does not make its answers wrong");
        second.Score.Should().Be(second.MaxScore);
        session.WorkersStarted.Should().BeGreaterThanOrEqualTo(2, "the worker with the learner's thread still in it must not serve anyone else");
    }

    [Fact]
    public async Task Grade_AfterTheIdleWorkerDied_RunsEveryTestInAFreshOne()
    {
        using var session = OpenSession();
        await session.GradeAsync(Submission.Open(grading.Assemble(grading.Scenario("all-correct")), "first"));
        foreach (var id in session.Pool.IdleProcessIds.ToList())
        {
            using var idle = System.Diagnostics.Process.GetProcessById(id);
            idle.Kill(entireProcessTree: true);
            await idle.WaitForExitAsync();
        }

        var report = await session.GradeAsync(Submission.Open(grading.Assemble(grading.Scenario("all-correct")), "second"));

        report.Score.Should().Be(report.MaxScore, "a worker that died while waiting is no fault of the next learner: {0}",
            string.Join("; ", report.Exercises.SelectMany(exercise => exercise.Tests).Where(test => test.Score < test.MaxScore).Select(test => test.Message)));
        session.WorkersStarted.Should().Be(2);
    }

    private GradingSession OpenSession() => GradingSession.Open(
        new GradingOptions(grading.Repository.Exercises, grading.Repository.Suites) { Limits = GradingFixture.Limits, Jobs = 1 },
        _ => { });
}
