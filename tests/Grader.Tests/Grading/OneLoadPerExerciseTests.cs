using Grader.Execution;
using Grader.Grading;
using Grader.Reports;
using Grader.Submissions;

namespace Grader.Tests.Grading;

/// <summary>
/// An exercise stays loaded, paused, from its visible tests to its other tests, as it would through one
/// <c>dotnet test</c>: its static state carries over, and it is loaded and compiled by the runtime once, not twice.
/// </summary>
[Collection(GradingCollection.Name)]
public class OneLoadPerExerciseTests(GradingFixture grading)
{
    [Fact]
    public async Task Grade_CodeThatSharesItsWorker_RunsItsOtherTestsInTheLoadItsVisibleTestsRanIn()
    {
        var answers = await GradeLeavingAMarkAsync("", "keeps-a-mark");

        answers.Should().Equal(["exercise 03 ran beside the paused exercise 02", "the load the visible tests ran in"],
            "exercise 02's hidden tests run beside the code its visible tests ran, which shares its worker");
    }

    [Fact]
    public async Task Grade_CodeWithAWorkerOfItsOwn_RunsItsOtherTestsInAFreshLoad()
    {
        // Code that may not share its worker gets a fresh one for each step, so nothing of its visible tests' run is kept.
        var answers = await GradeLeavingAMarkAsync("""Environment.SetEnvironmentVariable("GRADER_TEST_MARK", "left");""", "keeps-a-mark-unshared");

        answers.Should().Equal(["exercise 03 ran where exercise 02 was not", "a fresh load"],
            "changing an environment variable gives the code a worker of its own");
    }

    [Fact]
    public async Task Grade_NextExerciseWithAWorkerOfItsOwn_LeavesThePausedExerciseLoadedInTheWorkerSetAside()
    {
        // Exercise 03 uses a process-wide setting, so it runs in a worker of its own; the shared worker, with exercise 02
        // paused in it, waits for the exercises after it instead of going back to the pool.
        var answers = await GradeLeavingAMarkAsync("", "keeps-a-mark-past-an-unshared-exercise", alsoInTheSubmission: folder =>
            File.WriteAllText(Path.Combine(folder, "exercises", "03-two-tool-agent", "Setting.cs"), """
                namespace Exercises;

                internal static class Setting
                {
                    internal static void Change() => Environment.SetEnvironmentVariable("GRADER_TEST_SETTING", "changed");
                }
                """));

        answers.Should().Equal(["exercise 03 ran where exercise 02 was not", "the load the visible tests ran in"],
            "exercise 02's hidden tests run beside its paused load, in the worker set aside while exercise 03 ran in its own");
    }

    [Fact]
    public async Task Grade_VisibleTestsThatLeaveATimerPending_GetTheirOtherTestsRunInAFreshWorker()
    {
        // The timer and its callback are the framework's own. The check made when the exercise is paused finds it, so the
        // worker is replaced before the next exercise runs, and exercise 02's other tests load it anew.
        var answers = await GradeLeavingAMarkAsync(
            "new CancellationTokenSource(TimeSpan.FromMinutes(5)).Token.UnsafeRegister(GC.KeepAlive, null);", "leaves-a-timer-after-its-visible-tests");

        answers.Should().Equal(["exercise 03 ran where exercise 02 was not", "a fresh load"],
            "a worker with exercise 02's timer still pending is not used again, not even for exercise 03's visible tests");
    }

    [Fact]
    public async Task Grade_VisibleTestsThatKeepASocketOpen_GetTheirOtherTestsRunInAFreshWorker()
    {
        // A socket the exercise keeps in a static field stays open while the exercise is paused: the worker is replaced
        // before the next exercise runs, as for anything else of it still going on.
        var answers = await GradeLeavingAMarkAsync(
            "socket = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.InterNetwork, " +
            "System.Net.Sockets.SocketType.Dgram, System.Net.Sockets.ProtocolType.Udp);",
            "keeps-a-socket-open", "private static System.Net.Sockets.Socket? socket;");

        answers.Should().Equal(["exercise 03 ran where exercise 02 was not", "a fresh load"],
            "a worker with exercise 02's socket still open is not used again, not even for exercise 03's visible tests");
    }

    /// <summary>
    /// Grades the reference solutions with an exercise 02 that runs <paramref name="whenLeavingTheMark"/> and remembers,
    /// in a static field, that a visible test of a copy of the suites asked it to; a hidden test then asks whether it
    /// remembers, and its check, in the grader, writes down the answer.
    /// </summary>
    private async Task<string[]> GradeLeavingAMarkAsync(
        string whenLeavingTheMark, string name, string members = "", Action<string>? alsoInTheSubmission = null)
    {
        var answers = Path.Combine(grading.NewFolder(), "answers");
        var folder = grading.Assemble(grading.Scenario("all-correct"));
        alsoInTheSubmission?.Invoke(folder);
        File.WriteAllText(Path.Combine(folder, "exercises", "02-dispatch-tool-call", "ToolDispatcher.cs"), DispatcherSources.CorrectAfter(
            $$"""
                    if (toolCall.Id == "leave_the_mark")
                    {
                        {{whenLeavingTheMark}}
                        marked = true;
                    }

                    if (toolCall.Id == "ask_for_the_mark")
                    {
                        return marked ? "the load the visible tests ran in" : "a fresh load";
                    }
            """,
            "private static bool marked;\n" + members));

        using (var session = SessionWithMarkingTests(answers))
        {
            var report = await session.GradeAsync(Submission.Open(folder, name));

            report.Exercises.Where(exercise => exercise.Slug != "02-dispatch-tool-call")
                .Should().OnlyContain(exercise => exercise.Score == exercise.MaxScore, "the other exercises are the reference solutions");
        }

        return File.ReadAllLines(answers);
    }

    private GradingSession SessionWithMarkingTests(string answers)
    {
        var suites = grading.CopyOfTheSuites();
        File.WriteAllText(Path.Combine(suites, "02-dispatch-tool-call", "MarksTheLoad.cs"), $$"""
            using Grader.Suites;

            namespace Suites.DispatchToolCall;

            [Graded(1, "A visible test that leaves a mark in the learner's static state.", Visibility = Visibility.Visible)]
            public sealed class Visible_test_leaves_a_mark : HiddenTest
            {
                public override object? Act() => Dispatch.Run("leave_the_mark", "get_time", "{}", Dispatch.Registry(("get_time", new ToolCalling.Testing.RecordingTool("12:00"))));

                public override void Check(Produced produced) { }
            }

            [Graded(1, "A hidden test that asks whether the mark is there.")]
            public sealed class Hidden_test_asks_for_the_mark : HiddenTest
            {
                public override object? Act() => Dispatch.Run("ask_for_the_mark", "get_time", "{}", Dispatch.Registry(("get_time", new ToolCalling.Testing.RecordingTool("12:00"))));

                public override void Check(Produced produced) => System.IO.File.AppendAllText(@"{{answers}}", produced.Value?.ToString() + "\n");
            }
            """);
        // Exercise 03's first visible test runs right after exercise 02 is paused, and says whether 02 is still in its process.
        File.WriteAllText(Path.Combine(suites, "03-two-tool-agent", "AAA_LooksForExercise02.cs"), $$"""
            using Grader.Suites;

            namespace Suites.TwoToolAgent;

            [Graded(1, "A visible test that looks for exercise 02 in its process.", Visibility = Visibility.Visible)]
            public sealed class Visible_test_looks_for_exercise_02 : HiddenTest
            {
                public override object? Act() => System.AppDomain.CurrentDomain.GetAssemblies()
                    .Any(assembly => assembly.GetName().Name == "Exercise.02-dispatch-tool-call")
                        ? "exercise 03 ran beside the paused exercise 02" : "exercise 03 ran where exercise 02 was not";

                public override void Check(Produced produced) => System.IO.File.AppendAllText(@"{{answers}}", produced.Value?.ToString() + "\n");
            }
            """);
        return grading.OpenPrivateSession(sandbox: SandboxMode.None, suites: suites);
    }
}
