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
}
