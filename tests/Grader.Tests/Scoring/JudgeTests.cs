using System.Globalization;
using System.Text.Json.Nodes;
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

    [Fact]
    public void Decide_HiddenCheckThatThrowsNullReference_SaysTheCheckBrokeAndWhereButNotItsMessage()
    {
        var result = Decide(typeof(Check_that_reads_a_member_the_act_never_returns), Visibility.Hidden);

        result.Status.Should().Be(Grader.Reports.TestStatus.Failed);
        result.Message.Should().StartWith("Counts the calls.\nThe check itself broke with NullReferenceException in " +
            "Grader.Tests.Scoring.Check_that_reads_a_member_the_act_never_returns.Check (Scoring/JudgeTests.cs:")
            .And.Contain("), before it could say what is wrong")
            .And.Contain("The hidden suite needs fixing").And.NotContain("Object reference");
    }

    [Fact]
    public void Decide_CheckThatLooksUpAMissingKey_SaysTheCheckBroke() =>
        Decide(typeof(Check_that_looks_up_a_key_it_never_stored), Visibility.Hidden).Message
            .Should().StartWith("Counts the calls.\nThe check itself broke with KeyNotFoundException in ");

    [Fact]
    public void Decide_VisibleCheckThatThrowsNullReference_AlsoGivesTheExceptionsMessage() =>
        Decide(typeof(Check_that_reads_a_member_the_act_never_returns), Visibility.Visible).Message
            .Should().Contain("broke with NullReferenceException (Object reference not set to an instance of an object.) in");

    [Fact]
    public void Decide_CheckThatFailsOnPurpose_IsNotCalledBroken() =>
        Decide(typeof(Check_that_fails_on_purpose), Visibility.Visible).Message
            .Should().Be("Counts the calls.\nThe function must be called once.\n  Expected: 1\n  Found:    0");

    [Theory]
    [InlineData(Visibility.Hidden)]
    [InlineData(Visibility.AfterDueDate)]
    public void Decide_HiddenFailureWithoutACommonMistake_GivesOnlyTheFeedbackNotTheValuesFound(Visibility visibility) =>
        Decide(typeof(Check_that_fails_on_purpose), visibility).Message.Should().Be("Counts the calls.");

    [Theory]
    [InlineData(Visibility.Visible)]
    [InlineData(Visibility.Hidden)]
    public void Decide_FailureNamingACommonMistake_RecordsItsIdWhateverTheVisibility(Visibility visibility)
    {
        var result = Decide(typeof(Check_that_names_a_mistake), visibility);

        result.LikelyMistake.Should().Be("tool_exception_escapes");
        result.Message.Should().EndWith(ToolCalling.Testing.CommonMistakes.ToolExceptionEscapes);
    }

    [Theory]
    [InlineData(typeof(Check_that_fails_on_purpose))]
    [InlineData(typeof(Check_that_reads_a_member_the_act_never_returns))]
    public void Decide_FailureWithoutACommonMistake_RecordsNone(Type check) =>
        Decide(check, Visibility.Hidden).LikelyMistake.Should().BeNull();

    [Theory]
    [InlineData(Visibility.Visible)]
    [InlineData(Visibility.Hidden)]
    public void Decide_HintOnlyInTheCodesOwnWords_IsNeitherShownNorRecorded(Visibility visibility)
    {
        var test = new HiddenTestInfo("Suite.Quotes", "Quotes", 1, visibility, "Runs the loop.", typeof(Check_that_quotes_what_was_thrown));
        var thrown = new Produced(null, "System.InvalidOperationException", ToolCalling.Testing.CommonMistakes.MaxRoundsCountsRequests);

        var result = new Judge(revealHiddenDetails: false, new GradingLimits()).Decide(test, new ActCompleted(test.Id, thrown));

        result.LikelyMistake.Should().BeNull();
        if (visibility == Visibility.Hidden)
        {
            result.Message.Should().Be("Runs the loop.", "a hidden test shows the code's words neither as they are nor as a hint");
        }
    }

    private static Grader.Reports.TestResult Decide(Type check, Visibility visibility)
    {
        var test = new HiddenTestInfo(check.FullName!, "Counts calls", 1, visibility, "Counts the calls.", check);
        return new Judge(revealHiddenDetails: false, new GradingLimits())
            .Decide(test, new ActCompleted(test.Id, new Produced(new JsonObject { ["calls"] = 0 })));
    }
}

internal sealed class Check_that_reads_a_member_the_act_never_returns : HiddenTest
{
    public override object? Act() => null;

    public override void Check(Produced produced) => _ = produced.Value!["count"]!.GetValue<int>();
}

internal sealed class Check_that_looks_up_a_key_it_never_stored : HiddenTest
{
    public override object? Act() => null;

    public override void Check(Produced produced) => _ = new Dictionary<string, int>()["count"];
}

internal sealed class Check_that_names_a_mistake : HiddenTest
{
    public override object? Act() => null;

    public override void Check(Produced produced) =>
        ToolCalling.Testing.Lesson.Require(false, "The call must get an error result.", "{\"error\": \"...\"}", "an exception",
            ToolCalling.Testing.CommonMistakes.ToolExceptionEscapes);
}

internal sealed class Check_that_fails_on_purpose : HiddenTest
{
    public override object? Act() => null;

    public override void Check(Produced produced) =>
        ToolCalling.Testing.Lesson.Require(produced.Value!["calls"]!.GetValue<int>() == 1, "The function must be called once.", "1", "0");
}

internal sealed class Check_that_quotes_what_was_thrown : HiddenTest
{
    public override object? Act() => null;

    public override void Check(Produced produced) => _ = produced.ValueOf("RunConversationAsync");
}
