using System.Text.Json;
using Grader.Cli.Commands;
using Grader.Tests.Grading;

namespace Grader.Tests.Cli;

/// <summary><c>--reveal-hidden</c> shows a hidden test's details to the instructor, and warns where students may read them.</summary>
[Collection(GradingCollection.Name)]
public class RevealHiddenTests(GradingFixture grading) : IDisposable
{
    private const string HiddenTest = "Passes nested arguments unchanged";

    private readonly ScratchSpace _scratch = new();

    [Theory]
    [InlineData("gradescope")]
    [InlineData("junit")]
    [InlineData("markdown")]
    [InlineData("JUnit")]
    public void For_FormatsStudentsUsuallySee_Warns(string format) =>
        RevealHiddenWarning.For(format, revealHidden: true).Should().StartWith("Warning: --reveal-hidden")
            .And.Contain(format.ToLowerInvariant()).And.Contain("Leave --reveal-hidden out");

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    public void For_InstructorFormats_SaysNothing(string format) =>
        RevealHiddenWarning.For(format, revealHidden: true).Should().BeNull();

    [Fact]
    public void For_WithoutRevealHidden_SaysNothing() =>
        RevealHiddenWarning.For("gradescope", revealHidden: false).Should().BeNull();

    [Fact]
    public async Task Grade_RevealHiddenInGradescope_ShowsTheHiddenDetailsAndWarnsOnStderr()
    {
        var (plain, _) = await GradescopeMessageAsync();
        var (revealed, run) = await GradescopeMessageAsync("--reveal-hidden");

        plain.Should().Contain("Likely mistake").And.NotContain("Expected", "a hidden test keeps its expected values to itself");
        revealed.Should().Contain("Expected", "--reveal-hidden shows what the check expected");
        run.Errors.Should().Contain("Warning: --reveal-hidden").And.Contain("Gradescope shows results.json");
    }

    [Fact]
    public async Task Grade_RevealHiddenInJson_DoesNotWarn()
    {
        var submission = Submission();
        var report = Path.Combine(_scratch.NewFolder("grader-reveal-"), "report.json");

        var run = await GraderCli.RunAsync("grade", submission, "--suite", Suite(), "--format", "json", "--output", report, "--reveal-hidden");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Errors.Should().NotContain("Warning");
    }

    public void Dispose() => _scratch.Dispose();

    private async Task<(string Message, CliResult Run)> GradescopeMessageAsync(params string[] extra)
    {
        var results = Path.Combine(_scratch.NewFolder("grader-reveal-"), "results.json");
        var run = await GraderCli.RunAsync(["grade", Submission(), "--suite", Suite(), "--format", "gradescope", "--output", results, .. extra]);
        run.ExitCode.Should().Be(0, run.ToString());
        using var written = JsonDocument.Parse(File.ReadAllText(results));
        var test = written.RootElement.GetProperty("tests").EnumerateArray()
            .Single(candidate => candidate.GetProperty("name").GetString()!.Contains(HiddenTest, StringComparison.Ordinal));
        return (test.GetProperty("output").GetString()!, run);
    }

    private string Submission() => grading.Assemble(grading.Scenario("02-mistake-arguments-not-parsed"));

    private string Suite() => Path.Combine(grading.Repository.Suites, "02-dispatch-tool-call");
}
