using System.Globalization;
using Grader.Execution;
using Grader.Reports;
using Grader.Suites;
using ToolCalling.Testing;

namespace Grader.Scoring;

/// <summary>
/// Decides each test in the grader process, from what was observed. Learner code never runs here, and
/// nothing it printed or wrote is consulted: only the values its act produced.
/// </summary>
internal sealed class Judge(bool revealHiddenDetails, GradingLimits limits)
{
    private readonly VerdictMemo _verdicts = new();

    public TestResult Decide(HiddenTestInfo test, TestObservation observation) => observation switch
    {
        ActCompleted completed => Check(test, completed.Produced),
        ActBroken broken => Result(test, TestStatus.Failed,
            BrokenSuiteCode.DescribeAct(broken.ExceptionType, broken.ExceptionMessage, broken.Place, ShowsDetails(test))),
        ActTimedOut { ExerciseShare: { } share } => Result(test, TestStatus.Timeout, string.Create(CultureInfo.InvariantCulture,
            $"Stopped when this exercise's share of the time budget ({share.TotalSeconds:0.#} s) ran out, before the test's own limit: the code did not finish in time (an endless loop, or a very slow approach?).")),
        ActTimedOut timedOut => Result(test, TestStatus.Timeout, string.Create(CultureInfo.InvariantCulture,
            $"Timed out after {timedOut.Limit.TotalSeconds:0.#} s: the code did not finish in time (an endless loop, or a very slow approach?).")),
        ActCrashed crashed => Result(test, TestStatus.Error, $"The test crashed its process: {Shown(test, crashed.Reason)}."),
        ActNotRun notRun => Result(test, TestStatus.Failed, $"Not run: {Shown(test, notRun.Reason)}."),
        ActTampered => Result(test, TestStatus.Error,
            "Not scored: the code wrote messages of its own into the grader's control channel, so nothing its process reported for this exercise can be trusted."),
        _ => throw new ArgumentOutOfRangeException(nameof(observation)),
    };

    /// <summary>Every test of an exercise that could not run at all, failed with the same reason.</summary>
    public static IReadOnlyList<TestResult> NotRun(IEnumerable<HiddenTestInfo> tests, string reason) =>
        tests.Select(test => Result(test, TestStatus.Failed, $"Not run: {reason}.")).ToList();

    private TestResult Check(HiddenTestInfo test, Produced produced)
    {
        if (produced.ExceptionType == typeof(NotImplementedException).FullName)
        {
            return Result(test, TestStatus.Failed, "Not implemented yet: the code still throws NotImplementedException.");
        }

        if (produced.ExceptionType == typeof(OutOfMemoryException).FullName)
        {
            return Result(test, TestStatus.Failed,
                $"The code ran out of memory: it needed more than the {limits.MemoryBytes / (1024 * 1024)} MB the grader allows.");
        }

        return _verdicts.Reach(test, produced, () => RunCheck(test, produced));
    }

    private TestResult RunCheck(HiddenTestInfo test, Produced produced)
    {
        using var hints = NamedHints.Record();
        try
        {
            test.CreateCheck().Check(produced);
            return new TestResult(test.Name, test.Points, test.Points, TestStatus.Passed, "", test.Visibility);
        }
        catch (Exception failure)
        {
            if (BrokenSuiteCode.DescribeCheck(test, failure, ShowsDetails(test)) is { } broken)
            {
                return Result(test, TestStatus.Failed, broken);
            }

            var mistake = LikelyMistake.FoundIn(failure.Message, hints.Named);
            return Result(test, TestStatus.Failed, Explain(test, failure.Message, mistake)) with { LikelyMistake = mistake?.Id };
        }
    }

    // Hidden tests say which requirement failed and, when recognised, the likely mistake; never inputs or values.
    private string Explain(HiddenTestInfo test, string details, LikelyMistake? mistake) =>
        ShowsDetails(test) ? details.Trim() : mistake?.Hint ?? "";

    // What the learner's code chose to put in a crash (an exception's message, an exit code) could carry the inputs of a hidden test.
    private string Shown(HiddenTestInfo test, Reason reason) => ShowsDetails(test) ? reason.Detailed : reason.Plain;

    private bool ShowsDetails(HiddenTestInfo test) => test.Visibility == Visibility.Visible || revealHiddenDetails;

    private static TestResult Result(HiddenTestInfo test, TestStatus status, string detail)
    {
        var message = string.IsNullOrEmpty(detail) ? test.Feedback : $"{test.Feedback}\n{detail}";
        return new TestResult(test.Name, 0, test.Points, status, message, test.Visibility);
    }
}
