using Grader.Execution;
using Grader.Grading;
using Grader.Infrastructure;
using Grader.Submissions;

namespace Grader.Tests.Grading;

/// <summary>
/// A worker in which an exercise is paused, between its visible tests and its others, holds that submission's code and
/// static state under the exercise's name: it serves no other submission.
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
