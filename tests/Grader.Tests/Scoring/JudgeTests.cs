using System.Globalization;
using Grader.Execution;
using Grader.Scoring;
using Grader.Suites;

namespace Grader.Tests.Scoring;

public class JudgeTests
{
    [Fact]
    public void Decide_TimeoutOnAMachineWithDecimalCommas_WritesTheLimitAsEveryReportDoes()
    {
        var test = new HiddenTestInfo("Suite.Slow", "Slow", 1, Visibility.Visible, "Finishes in time.", typeof(object));
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var result = new Judge(revealHiddenDetails: false, new GradingLimits()).Decide(test, new ActTimedOut(test.Id, TimeSpan.FromSeconds(2.5)));

            result.Message.Should().Contain("Timed out after 2.5 s");
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Theory]
    [InlineData(Visibility.Hidden, false, "an exception escaped the test on another thread.")]
    [InlineData(Visibility.AfterDueDate, false, "an exception escaped the test on another thread.")]
    [InlineData(Visibility.Visible, false, "(InvalidOperationException: city=Lima).")]
    [InlineData(Visibility.Hidden, true, "(InvalidOperationException: city=Lima).")]
    public void Decide_CrashWithTheCodesOwnWords_ShowsThemOnlyWhereDetailsMayBeSeen(Visibility visibility, bool reveal, string shown)
    {
        var test = new HiddenTestInfo("Suite.Crash", "Crash", 1, visibility, "Runs the tool.", typeof(object));
        var crash = CrashReason.Describe(0, "", "an exception escaped the test on another thread (InvalidOperationException: city=Lima)");

        var result = new Judge(reveal, new GradingLimits()).Decide(test, new ActCrashed(test.Id, crash));

        result.Message.Should().EndWith(shown);
    }

    [Theory]
    [InlineData(Visibility.Hidden, "the process exited during the test")]
    [InlineData(Visibility.Visible, "the process exited with code 42 during the test")]
    public void Decide_ExitCodeChosenByTheCode_IsShownOnlyByVisibleTests(Visibility visibility, string shown)
    {
        var test = new HiddenTestInfo("Suite.Exit", "Exit", 1, visibility, "Runs the tool.", typeof(object));

        var result = new Judge(revealHiddenDetails: false, new GradingLimits()).Decide(test, new ActNotRun(test.Id,
            CrashReason.Describe(42, "", null).Within(exit => $"3 workers were lost, the last because {exit}")));

        result.Message.Should().Contain(shown);
    }
}
