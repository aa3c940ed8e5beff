using Grader.Execution;
using Grader.Reports;
using Grader.Submissions;

namespace Grader.Tests.Grading;

/// <summary>
/// A worker in which an exercise is paused, between its visible tests and its others, holds that submission's code and
/// static state under the exercise's name: it serves no other submission, and the exercise is unloaded even when it
/// has no other tests.
/// </summary>
[Collection(GradingCollection.Name)]
public class PausedExerciseWorkerTests(GradingFixture grading)
{
    [Fact]
    public async Task Grade_SubmissionThatStartsWhileAnotherRunsCodeInAWorkerOfItsOwn_DoesNotGetTheWorkerWithItsPausedExercise()
    {
        // The first submission's exercise 01 is paused in the shared worker when its exercise 02, which uses files, is
        // given a worker of its own; 02 then waits, in its visible tests, until the second submission is graded. Had the
        // shared worker gone back to the pool meanwhile, the second submission would have found the first one's exercise
        // 01 loaded under its own name: its visible tests could not load, and its hidden ones ran the first one's code.
        var signals = grading.NewFolder();
        var waiting = Path.Combine(signals, "waiting");
        var go = Path.Combine(signals, "go");
        var waitsForTheOther = DispatcherSources.CorrectAfter($$"""
                    File.WriteAllText(@"{{waiting}}", "");
                    for (var waited = 0; waited < 60 && !File.Exists(@"{{go}}"); waited++)
                    {
                        Thread.Sleep(50);
                    }
            """);
        using var session = grading.OpenPrivateSession(sandbox: SandboxMode.None);

        var first = session.GradeAsync(grading.AllCorrectWithDispatcher(waitsForTheOther, "waits-in-a-worker-of-its-own"));
        await WaitForAsync(waiting, first);
        var second = await session.GradeAsync(Submission.Open(grading.Assemble(grading.Scenario("all-correct")), "starts-meanwhile"));
        File.WriteAllText(go, "");
        var firstReport = await first;

        second.Exercises.Should().OnlyContain(exercise => exercise.Score == exercise.MaxScore,
            "the reference solutions run in a worker that holds nothing of another submission");
        firstReport.Score.Should().Be(firstReport.MaxScore, "its paused exercise 01 is loaded anew where it was lost");
    }

    [Fact]
    public async Task Grade_ExerciseWhoseTestsAreAllVisible_IsUnloadedAndItsWorkerServesTheNextSubmission()
    {
        // A suite may hold visible tests only. The exercise is paused after them like any other, and must still be
        // unloaded when its (no) other tests have run: left loaded, its worker could serve no one else.
        var suites = grading.CopyOfTheSuites();
        var dispatch = Path.Combine(suites, "02-dispatch-tool-call");
        foreach (var file in Directory.GetFiles(dispatch, "*.cs").Where(file => Path.GetFileName(file) is not ("Dispatch.cs" or "Expect.cs")))
        {
            File.Delete(file);
        }

        File.WriteAllText(Path.Combine(dispatch, "OnlyVisible.cs"), """
            using System.Text.Json.Nodes;
            using Grader.Suites;
            using ToolCalling.Testing;

            namespace Suites.DispatchToolCall;

            [Graded(1, "A text result is returned as a JSON string.", Visibility = Visibility.Visible)]
            public sealed class Returns_a_text_result_as_a_json_string : HiddenTest
            {
                public override object? Act() => Dispatch.Run("call_1", "get_time", "{}", Dispatch.Registry(("get_time", new RecordingTool("12:00"))));

                public override void Check(Produced produced) => Lesson.RequireJson(produced.TextOf(Expect.Member), JsonValue.Create("12:00"),
                    "The result of DispatchToolCall (a JSON string, quotes included)", CommonMistakes.ResultNotJson);
            }
            """);
        using var session = grading.OpenPrivateSession(sandbox: SandboxMode.None, suites: suites);

        var reports = new List<GradingReport>();
        for (var run = 0; run < 2; run++)
        {
            reports.Add(await session.GradeAsync(Submission.Open(grading.Assemble(grading.Scenario("all-correct")), $"learner-{run}")));
        }

        reports.SelectMany(report => report.Exercises).Where(exercise => exercise.Score != exercise.MaxScore)
            .Select(exercise => $"{exercise.Slug}: {string.Join(" ", exercise.Tests.Select(test => test.Message))}")
            .Should().BeEmpty("every exercise is a reference solution");
        session.WorkersStarted.Should().Be(1, "exercise 02 was unloaded after its visible tests' pause, so the worker stayed clean for the next submission");
    }

    private static async Task WaitForAsync(string signal, Task grading)
    {
        for (var waited = 0; !File.Exists(signal); waited++)
        {
            if (grading.IsCompleted || waited > 1200)
            {
                throw new TimeoutException($"the first submission never reached its exercise 02 ({grading.Status})");
            }

            await Task.Delay(50);
        }
    }
}
