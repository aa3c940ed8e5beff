using Grader.Exercises;
using Grader.Grading;
using Grader.Infrastructure;
using Grader.Reports;
using Grader.Submissions;

namespace Grader.Tests.Grading;

/// <summary>
/// An act that breaks in the suite's own code is reported as the suite's fault, with its file and line, while anything
/// thrown through learner code, or thrown by an act on purpose, stays the learner's.
/// </summary>
[Collection(GradingCollection.Name)]
public sealed class BrokenActTests(GradingFixture grading) : IDisposable
{
    private const string Exercise = "02-dispatch-tool-call";
    private readonly ScratchSpace _scratch = new();

    [Fact]
    public async Task Grade_ActsThatBreakInTheSuitesCode_BlameTheSuiteAndNameItsLine_ButNotWhatLearnerCodeThrew()
    {
        var suites = _scratch.NewFolder("grader-broken-act-");
        SourceTree.Copy(grading.Repository.Suites, suites, overwrite: false);
        File.WriteAllText(Path.Combine(suites, Exercise, "BrokenActs.cs"), """
            using Exercises;
            using Grader.Suites;
            using ToolCalling.Testing;

            namespace Suites.BrokenActs;

            [Graded(1, "Breaks before calling the code.", Visibility = Visibility.Visible)]
            public sealed class Breaks_before_calling_the_code : HiddenTest
            {
                public override object? Act()
                {
                    string? text = null;
                    return text!.Length;
                }

                public override void Check(Produced produced) { }
            }

            [Graded(1, "Breaks after the code answered.")]
            public sealed class Breaks_after_the_code_answered : HiddenTest
            {
                public override object? Act()
                {
                    var answer = ToolDispatcher.DispatchToolCall(MockToolCall.Create("call_1", "get_weather", "{}"),
                        new Dictionary<string, ToolCalling.ToolFunction>());
                    object boxed = answer;
                    return ((int[])boxed).Length;
                }

                public override void Check(Produced produced) { }
            }

            [Graded(1, "Passes the code no registry.", Visibility = Visibility.Visible)]
            public sealed class Passes_the_code_no_registry : HiddenTest
            {
                public override object? Act() =>
                    ToolDispatcher.DispatchToolCall(MockToolCall.Create("call_1", "get_weather", "{}"), null!);

                public override void Check(Produced produced) => _ = produced.Value;
            }

            [Graded(1, "Awaits a task that failed.", Visibility = Visibility.Visible)]
            public sealed class Awaits_a_task_that_failed : HiddenTest
            {
                public override object? Act() => AwaitAsync();

                // The act awaits what learner code could hand over: an exception that was made, never raised in the act.
                private static async Task<int> AwaitAsync() => await Task.FromException<int>(new NullReferenceException("Made, not raised."));

                public override void Check(Produced produced) => _ = produced.Value;
            }

            [Graded(1, "Says what the code lacks.", Visibility = Visibility.Visible)]
            public sealed class Says_what_the_code_lacks : HiddenTest
            {
                public override object? Act() => throw new KeyNotFoundException("The code registers no tool of that name.");

                public override void Check(Produced produced) => _ = produced.Value;
            }

            public static class Helpers
            {
                public static int LengthOfNothing()
                {
                    string? text = null;
                    return text!.Length;
                }
            }

            [Graded(1, "Breaks in a helper.")]
            public sealed class Breaks_in_a_helper : HiddenTest
            {
                public override object? Act() => Helpers.LengthOfNothing();

                public override void Check(Produced produced) { }
            }
            """);
        var options = new GradingOptions(grading.Repository.Exercises, suites) { Limits = GradingFixture.Limits, Jobs = 1, SuiteCacheDirectory = null };
        using var session = GradingSession.Open(options, _ => { });

        var report = await session.GradeAsync(Submission.Open(grading.Assemble(grading.Scenario("all-correct")), "all-correct"));

        var tests = report.Exercises.Single(exercise => exercise.Slug == Exercise).Tests.ToDictionary(test => test.Name);
        tests["Breaks before calling the code"].Message.Should().Be("Breaks before calling the code.\n" +
            "The test's own act broke with NullReferenceException (Object reference not set to an instance of an object.) in " +
            $"Suites.BrokenActs.Breaks_before_calling_the_code.Act ({Exercise}/BrokenActs.cs:13), " +
            "so the code's work could not be checked. The hidden suite needs fixing; tell the instructor.");
        tests["Breaks after the code answered"].Message.Should().Be("Breaks after the code answered.\n" +
            $"The test's own act broke with InvalidCastException in Suites.BrokenActs.Breaks_after_the_code_answered.Act ({Exercise}/BrokenActs.cs:27), " +
            "so the code's work could not be checked. The hidden suite needs fixing; tell the instructor.",
            "a hidden test does not show the exception's message, which can hold the test's values");
        tests["Passes the code no registry"].Message.Should().StartWith("Passes the code no registry.\nThe code under test threw NullReferenceException",
            "what the learner's code threw is the learner's, even when the act gave it a null");
        tests["Awaits a task that failed"].Message.Should().Be("Awaits a task that failed.\n" +
            "The code under test threw NullReferenceException: Made, not raised.", "the act only passed on what a task held");
        tests["Says what the code lacks"].Message.Should().Be("Says what the code lacks.\n" +
            "The code under test threw KeyNotFoundException: The code registers no tool of that name.",
            "an act throws exceptions of this kind on purpose, to say what the code lacks");
        tests["Breaks in a helper"].Message.Should().Be("Breaks in a helper.\n" +
            $"The test's own act broke with NullReferenceException in Suites.BrokenActs.Helpers.LengthOfNothing ({Exercise}/BrokenActs.cs:66), " +
            "so the code's work could not be checked. The hidden suite needs fixing; tell the instructor.",
            "a hidden test's helpers are in the visible tests' acts, which are the suite's code as much as its own");
        new[] { "Breaks before calling the code", "Breaks in a helper", "Breaks after the code answered", "Passes the code no registry", "Awaits a task that failed", "Says what the code lacks" }.Select(name => tests[name])
            .Should().OnlyContain(test => test.Status == TestStatus.Failed && test.Score == 0);
    }

    public void Dispose() => _scratch.Dispose();
}
