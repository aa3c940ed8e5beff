using Grader.Tests.Grading;

namespace Grader.Tests.Cli;

/// <summary><c>grade</c>'s options given values it cannot use: each is refused with the values it takes, in the user's words.</summary>
[Collection(GradingCollection.Name)]
public class GradeOptionValueTests(GradingFixture grading) : IDisposable
{
    private readonly ScratchSpace _scratch = new();

    [Theory]
    [InlineData("--output", "Error: --output is empty. Give the name of the file to write.")]
    [InlineData("--suite", "Error: The suite folder is empty text. Give a folder of NN-slug suite folders, or one suite folder.")]
    public async Task Grade_EmptyPathOption_ExitsWithOneAndSaysWhichIsEmpty(string option, string message)
    {
        var submission = _scratch.NewFolder("grader-submission-");
        Directory.CreateDirectory(Path.Combine(submission, "exercises"));

        var result = await GraderCli.RunAsync("grade", submission, option, "");

        result.ExitCode.Should().Be(1, result.ToString());
        result.Errors.Should().Contain(message).And.NotContain("bug in the grader");
    }

    [Theory]
    [InlineData("--timeout", "0")]
    [InlineData("--budget", "3601")]
    public async Task Grade_TimeLimitOutOfRange_SaysWhichValuesAreAllowed(string option, string value)
    {
        var result = await GraderCli.RunAsync("grade", "/no/such/submission", option, value);

        result.ExitCode.Should().Be(1);
        result.Errors.Should().StartWith($"Error: {option} must be more than 0 and at most 3600 seconds, not {value}.");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("4194304")] // 4 GB in bytes is 2^32, which an int of bytes would hold as 0
    public async Task Grade_OutputLimitOutOfRange_SaysWhichValuesAreAllowed(string kilobytes)
    {
        var result = await GraderCli.RunAsync("grade", "/no/such/submission", "--output-limit", kilobytes);

        result.ExitCode.Should().Be(1);
        result.Errors.Should().StartWith($"Error: --output-limit must be between 1 and 1048576 kilobytes (1 GB), not {kilobytes}.");
    }

    [Theory]
    [InlineData("--fail-under", "100.5", "Error: --fail-under is a percentage between 0 and 100, not 100.5.")]
    [InlineData("--timeout", "3600.5", "Error: --timeout must be more than 0 and at most 3600 seconds, not 3600.5.")]
    public async Task Grade_NumberOutOfRangeOnAMachineInGerman_IsQuotedAsItWasTyped(string option, string value, string message)
    {
        // In German, 100.5 is written 100,5; the options read numbers with a point whatever the language, so a message
        // that answered with a comma would send the user round in a circle.
        var german = new Dictionary<string, string> { ["LANG"] = "de_DE.UTF-8", ["LC_ALL"] = "de_DE.UTF-8" };

        var result = await GraderCli.RunAsync(german, "grade", "/no/such/submission", option, value);

        result.ExitCode.Should().Be(1);
        result.Errors.Should().StartWith(message);
    }

    [Fact]
    public async Task Grade_UnknownFormat_ExitsWithOneAndListsTheFormats()
    {
        var result = await GraderCli.RunAsync("grade", ".", "--format", "xml");

        result.ExitCode.Should().Be(1);
        result.Errors.Should().Contain("'xml'").And.Contain("gradescope");
    }

    [Fact]
    public async Task Grade_UnknownSandbox_ExitsWithOneAndListsTheModesAsTheReadmeSpellsThem()
    {
        var result = await GraderCli.RunAsync("grade", ".", "--sandbox", "docker");

        result.ExitCode.Should().Be(1);
        result.Errors.Should().Contain("'docker'").And.Contain("'auto'").And.Contain("'bwrap'").And.Contain("'none'");
        result.Errors.Should().NotContain("SandboxMode", "a message for the user should not name the grader's own types");
    }

    [Theory]
    [InlineData("--timeout", "abc", "--timeout expects a number, such as 3 or 0.5, not 'abc'.")]
    [InlineData("--memory", "1.5", "--memory expects a whole number, such as 512, not '1.5'.")]
    [InlineData("--fail-under", "half", "--fail-under expects a number, such as 80, not 'half'.")]
    [InlineData("--fail-under", "50%", "--fail-under takes the percentage without the % sign: --fail-under 50, not '50%'.")]
    [InlineData("--fail-under", "%", "--fail-under expects a number, such as 80, not '%'.")]
    [InlineData("--memory", "99999999999", "--memory is far too large: '99999999999'. Give a value such as 512.")]
    public async Task Grade_NumberOptionThatIsNotANumber_SaysWhatToTypeWithoutNamingDotNetTypes(string option, string value, string message)
    {
        var result = await GraderCli.RunAsync("grade", ".", option, value);

        result.ExitCode.Should().Be(1);
        result.Errors.Should().Contain(message);
        result.Errors.Should().NotContain("System.", "a message for the user should not name .NET types");
        result.Output.Should().BeEmpty("after a usage error the help goes to stderr, so stdout never holds anything but a report");
    }

    [Fact]
    public async Task Grade_MemoryTooSmallForAWorker_ExitsWithOneAndGivesTheMinimum()
    {
        var result = await GraderCli.RunAsync("grade", grading.Assemble(grading.Scenario("all-correct")), "--memory", "1");

        result.ExitCode.Should().Be(1, result.ToString());
        result.Errors.Should().StartWith("Error: --memory must be at least 32 (megabytes), not 1:");
    }

    [Theory]
    [InlineData("150")]
    [InlineData("-1")]
    [InlineData("NaN")]
    public async Task Grade_FailUnderOutsideZeroToHundred_ExitsWithOneBeforeGrading(string threshold)
    {
        var submission = grading.Assemble(grading.Scenario("all-correct"));

        var result = await GraderCli.RunAsync("grade", submission, "--fail-under", threshold);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Errors.Should().StartWith($"Error: --fail-under is a percentage between 0 and 100, not {threshold}.");
        result.Errors.Should().NotContain("Graded", "a wrong option must not cost the time of grading first");
    }

    public void Dispose() => _scratch.Dispose();
}
