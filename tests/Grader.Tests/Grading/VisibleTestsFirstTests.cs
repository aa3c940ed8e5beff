using Grader.Execution;
using Grader.Reports;
using Grader.Scenarios;
using Grader.Submissions;
using Grader.Suites;

namespace Grader.Tests.Grading;

/// <summary>
/// Code that shares its worker can leave traces there that no rule can forbid, such as which types it asked for hash codes.
/// Every exercise's visible tests run before any exercise's hidden tests, so a trace that a hidden test's arguments made
/// never reaches a test whose details a learner sees.
/// </summary>
[Collection(GradingCollection.Name)]
public class VisibleTestsFirstTests(GradingFixture grading)
{
    [Fact]
    public async Task Grade_TraceThatNoRuleForbids_NeverReachesTheNextExercisesVisibleTests()
    {
        // A session of its own: its first worker has run nothing, so any trace in it is this submission's.
        var scenario = Scenario.Load(Path.Combine(grading.Repository.Scenarios, "traces", "hash-codes"));
        using var session = grading.OpenPrivateSession();

        var report = await session.GradeAsync(Submission.Open(grading.Assemble(scenario), "hash-codes"));

        var dispatch = report.Exercises.Single(exercise => exercise.Slug == "02-dispatch-tool-call");
        dispatch.Score.Should().Be(dispatch.MaxScore, "leaving the trace does not make exercise 02's answers wrong");
        var agent = report.Exercises.Single(exercise => exercise.Slug == "03-two-tool-agent");
        agent.Tests.Where(test => test.Visibility == Visibility.Visible).Should().OnlyContain(test => test.Status == TestStatus.Passed,
            "exercise 03's visible tests run before exercise 02 is given a hidden test's arguments: {0}",
            string.Join("\n", agent.Tests.Select(test => $"{test.Visibility} {test.Status} {test.Name}: {test.Message}")));
        agent.Score.Should().BeLessThan(agent.MaxScore, "its hidden tests run after exercise 02's, and find the trace: it is there to be found");
    }

    [Fact]
    public async Task Grade_CodeWithAWorkerOfItsOwn_RunsItsHiddenTestsAfterTheNextExercisesVisibleTests()
    {
        // Without a sandbox, workers share the real temporary folder, so what each exercise writes there puts the tests of
        // different workers in one order. Writing files also gives both exercises a worker of their own: a trace inside
        // either process dies with it, but what their hidden tests do outside it (how long they take, say) does not.
        var order = Path.Combine(grading.NewFolder(), "order");
        var folder = grading.Assemble(grading.Scenario("all-correct"));
        File.WriteAllText(Path.Combine(folder, "exercises", "02-dispatch-tool-call", "ToolDispatcher.cs"), DispatcherSources.CorrectAfter(
            $$"""
                    if (toolCall.Function.Arguments.Any(letter => letter > 127 && char.IsLetter(letter)))
                    {
                        File.AppendAllText(@"{{order}}", "exercise 02 was given a hidden test's arguments\n");
                    }
            """));
        File.WriteAllText(Path.Combine(folder, "exercises", "03-two-tool-agent", "LoadMark.cs"),
            $$"""
            namespace Exercises;

            internal static class LoadMark
            {
                [System.Runtime.CompilerServices.ModuleInitializer]
                internal static void Write() => File.AppendAllText(@"{{order}}", "exercise 03 was loaded\n");
            }
            """);
        using var session = grading.OpenPrivateSession(sandbox: SandboxMode.None);

        var report = await session.GradeAsync(Submission.Open(folder, "writes-the-order-of-its-tests"));

        report.Exercises.Where(exercise => exercise.Slug is "02-dispatch-tool-call" or "03-two-tool-agent")
            .Should().OnlyContain(exercise => exercise.Score == exercise.MaxScore, "writing a file makes no answer wrong");
        var lines = File.ReadAllLines(order).Distinct().ToList();
        lines.Should().Equal(["exercise 03 was loaded", "exercise 02 was given a hidden test's arguments"],
            "exercise 03 is loaded for its visible tests before exercise 02 runs its hidden tests, in a worker of its own or not");
    }

    [Fact]
    public async Task Grade_VisibleTestsVerdicts_AreReachedBeforeAnyHiddenTestRuns()
    {
        // Some checks have time limits, so a verdict can depend on how busy the machine is, which code given a hidden test's
        // inputs could tie to them. A copy of the suites adds to exercise 02 a visible test whose check, in the grader, and a
        // hidden test whose act, in the worker, write to one file; without a sandbox both reach it, in the order they run.
        var order = Path.Combine(grading.NewFolder(), "order");
        var suites = grading.CopyOfTheSuites();
        File.WriteAllText(Path.Combine(suites, "02-dispatch-tool-call", "WritesTheOrder.cs"), $$"""
            using Grader.Suites;

            namespace Suites.DispatchToolCall;

            [Graded(1, "A visible test that notes when its verdict is reached.", Visibility = Visibility.Visible)]
            public sealed class Visible_check_notes_when_it_runs : HiddenTest
            {
                public override object? Act() => 1;

                public override void Check(Produced produced) => System.IO.File.AppendAllText(@"{{order}}", "a visible test's verdict\n");
            }

            [Graded(1, "A hidden test that notes when it runs.")]
            public sealed class Hidden_act_notes_when_it_runs : HiddenTest
            {
                public override object? Act()
                {
                    System.IO.File.AppendAllText(@"{{order}}", "a hidden test ran\n");
                    return 1;
                }

                public override void Check(Produced produced) { }
            }
            """);
        using var session = grading.OpenPrivateSession(sandbox: SandboxMode.None, suites: suites);

        var report = await session.GradeAsync(Submission.Open(grading.Assemble(grading.Scenario("all-correct")), "all-correct"));

        report.Score.Should().Be(report.MaxScore);
        File.ReadAllLines(order).Should().Equal(["a visible test's verdict", "a hidden test ran"],
            "exercise 02's visible verdict is reached before exercise 06 runs its hidden tests, and exercise 02 its own");
    }
}
