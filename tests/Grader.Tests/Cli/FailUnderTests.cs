using System.CommandLine;
using Grader.Cli.Commands;
using Grader.Grading;
using Grader.Reports;

namespace Grader.Tests.Cli;

/// <summary>The CI gate compares the exact score, not the percentage rounded for display.</summary>
public class FailUnderTests
{
    [Theory]
    [InlineData(157, 182, 86.3, ExitCodes.BelowThreshold)] // 86.26 %, shown as 86.3 %
    [InlineData(157, 182, 86.26, ExitCodes.Completed)]
    [InlineData(145.6, 182, 80, ExitCodes.Completed)] // exactly 80 %
    [InlineData(0, 182, 0, ExitCodes.Completed)]
    [InlineData(182, 182, 100, ExitCodes.Completed)]
    [InlineData(181.5, 182, 100, ExitCodes.BelowThreshold)]
    public void ExitCode_ComparesTheUnroundedShareOfThePoints(double score, double max, double threshold, int expected) =>
        FailUnder.ExitCode(Report(score, max), threshold).Should().Be(expected);

    [Fact]
    public void ExitCode_NoThreshold_IsAlwaysCompleted() =>
        FailUnder.ExitCode(Report(0, 182), null).Should().Be(ExitCodes.Completed);

    [Fact]
    public void ExitCode_ClassWithOneSubmissionBelow_IsBelowThreshold() =>
        FailUnder.ExitCode([Graded("ada", 182), Graded("bob", 100), Graded("cy", 170)], 80).Should().Be(ExitCodes.BelowThreshold);

    [Fact]
    public void ExitCode_ClassAllAtOrAboveTheThreshold_IsCompleted() =>
        FailUnder.ExitCode([Graded("ada", 182), Graded("bob", 145.6)], 80).Should().Be(ExitCodes.Completed);

    [Fact]
    public void ExitCode_ScoreKeptFromAnEarlierRun_CountsLikeANewOne() =>
        FailUnder.ExitCode([new SubmissionOutcome("ada", Report(10, 182), Resumed: true, Error: null)], 80).Should().Be(ExitCodes.BelowThreshold);

    [Fact]
    public void ExitCode_ClassWithoutThreshold_IsCompletedWhateverTheScores() =>
        FailUnder.ExitCode([Graded("ada", 0)], null).Should().Be(ExitCodes.Completed);

    [Theory]
    [InlineData("0", 0.0)]
    [InlineData("100", 100.0)]
    public void Read_ThresholdAtEitherEndOfTheRange_IsAccepted(string given, double expected)
    {
        var option = FailUnder.CreateOption("A CI gate.");
        var parse = new RootCommand { option }.Parse(["--fail-under", given]);

        FailUnder.Read(parse, option).Should().Be(expected);
    }

    private static SubmissionOutcome Graded(string name, double score) => new(name, Report(score, 182), Resumed: false, Error: null);

    private static GradingReport Report(double score, double max) => new("ada", score, max, 1.0, "none", []);
}
