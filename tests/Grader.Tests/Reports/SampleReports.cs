using Grader.Reports;
using Grader.Suites;

namespace Grader.Tests.Reports;

/// <summary>The submissions the golden files are written from. Each total is the sum of its exercises, as Scoring makes it.</summary>
internal static class SampleReports
{
    public static IReadOnlyList<string> Scenarios { get; } = ["passing", "mixed"];

    public static GradingReport Get(string scenario) => scenario switch
    {
        "passing" => Passing,
        "mixed" => Mixed,
        _ => throw new ArgumentOutOfRangeException(nameof(scenario), scenario, "There is no sample report with that name."),
    };

    /// <summary>Every test passes; whole points only.</summary>
    public static GradingReport Passing { get; } = Report("alice", 1.5, "none",
        new ExerciseResult("01-define-tool", 3, 3, ExerciseStatus.Graded, "", [
            Passed("Schema names the function", 1),
            Passed("Required parameters are listed", 2, Visibility.Hidden),
        ]),
        new ExerciseResult("02-dispatch-tool-call", 6, 6, ExerciseStatus.Graded, "", [
            Passed("Known function is called with its arguments", 2),
            Passed("Unknown function returns an error object", 2, Visibility.Hidden),
            Passed("Every call gets exactly one tool message", 2, Visibility.AfterDueDate),
        ]));

    /// <summary>
    /// Everything that can go wrong: failed hidden tests, partial credit, an error, timeouts, a compile error,
    /// a missing and a crashed exercise, and learner text with Unicode, quotes, pipes, markup, backticks and
    /// terminal colour codes.
    /// </summary>
    public static GradingReport Mixed { get; } = Report("zoë-o'brien", 3.2109, "bwrap",
        new ExerciseResult("01-define-tool", 3, 3, ExerciseStatus.Graded, "", [
            Passed("Schema names the function", 1),
            Passed("Required parameters are listed", 2, Visibility.Hidden),
        ], ExecutionTimeSeconds: 0.46),
        new ExerciseResult("02-dispatch-tool-call", 2.25, 6, ExerciseStatus.Graded, "", [
            Passed("Known function is called with its arguments", 1.5),
            new TestResult("Unknown function returns an error object", 0, 1, TestStatus.Failed,
                "Expected an object like {\"error\": \"...\"}, but the result was null.", Visibility.Hidden, "unknown_function_not_handled"),
            new TestResult("Arguments with | pipes and <tags> survive", 0.75, 1.5, TestStatus.Failed,
                "Got `„Grüße“ 👋` instead of `<b>bold</b> & more`; 2 of 4 arguments were right.", Visibility.Visible, "arguments_not_parsed"),
            new TestResult("Handles \"quoted\" function names", 0, 1, TestStatus.Error,
                "Your code threw System.NullReferenceException: Object reference not set to an instance of an object.\r\n"
                + "   at Dispatcher.Dispatch(IToolCall call) in Dispatcher.cs:line 14\n"
                + "It printed: \u001b[31mred text\u001b[0m and a bell\u0007", Visibility.AfterDueDate, "unknown_function_not_handled"),
            new TestResult("Many calls finish quickly", 0, 1, TestStatus.Timeout,
                "It took longer than 2 s. Is there a loop that never ends?", Visibility.Visible),
        ], ExecutionTimeSeconds: 2.5),
        new ExerciseResult("03-parse-arguments", 0, 4, ExerciseStatus.CompileError,
            "Parser.cs(12,31): error CS1002: ; expected\n"
            + "Parser.cs(20,9): error CS0103: The name 'argumnts' does not exist in the current context", []),
        new ExerciseResult("04-streaming-tool-calls", 1, 3, ExerciseStatus.TimedOut,
            "The tests stopped after 10 s, the time limit for one exercise.", [
                Passed("First chunk starts a call", 1),
                new TestResult("Chunks are joined in order", 0, 1, TestStatus.Timeout, "Stopped at the time limit.", Visibility.Visible),
                new TestResult("Final chunk ends the call", 0, 1, TestStatus.Timeout, "", Visibility.Hidden),
            ]),
        new ExerciseResult("05-parallel-calls", 0, 2, ExerciseStatus.Missing, "", []),
        new ExerciseResult("06-retry-policy", 0, 2, ExerciseStatus.Crashed,
            "The worker stopped with exit code 134 while loading Retry.dll; it may have run out of memory.", []));

    /// <summary>A class for the gradebook: the two above, a name that would be a formula, and one graded with other suites.</summary>
    public static IReadOnlyList<GradingReport> Class { get; } =
    [
        Mixed,
        Report("=HYPERLINK(\"http://example.com/x\",\"bob, jr\")", 2, "bwrap",
            new ExerciseResult("01-define-tool", 2, 3, ExerciseStatus.Graded, "", [
                Passed("Schema names the function", 1),
                new TestResult("Required parameters are listed", 1, 2, TestStatus.Failed, "One of two.", Visibility.Hidden),
            ]),
            new ExerciseResult("07-structured-output", 1.5, 2, ExerciseStatus.Graded, "", [
                new TestResult("Output matches the schema", 1.5, 2, TestStatus.Failed, "Three of four fields.", Visibility.Visible),
            ])),
        Passing,
        Report("-carol", 0.5, "none",
            new ExerciseResult("01-define-tool", 0, 3, ExerciseStatus.Missing, "", [])),
    ];

    private static GradingReport Report(string submission, double seconds, string sandbox, params ExerciseResult[] exercises) =>
        new(submission, exercises.Sum(exercise => exercise.Score), exercises.Sum(exercise => exercise.MaxScore), seconds, sandbox, exercises);

    private static TestResult Passed(string name, double points, Visibility visibility = Visibility.Visible) =>
        new(name, points, points, TestStatus.Passed, "", visibility);
}
