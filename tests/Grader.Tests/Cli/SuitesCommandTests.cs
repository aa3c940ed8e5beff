using System.Text.RegularExpressions;
using Grader.Reports;
using Grader.Tests.Grading;

namespace Grader.Tests.Cli;

/// <summary><c>suites</c> run as a process: the list of hidden tests, and what it says when the suites cannot be cached or compiled.</summary>
[Collection(GradingCollection.Name)]
public class SuitesCommandTests(GradingFixture grading) : IDisposable
{
    private readonly ScratchSpace _scratch = new();

    [Fact]
    public async Task Suites_CourseSuites_ListsEachExerciseWithItsTestsPointsAndVisibility()
    {
        var result = await GraderCli.RunAsync("suites");

        result.ExitCode.Should().Be(0, result.ToString());
        var suites = grading.Session.Suites;
        foreach (var suite in suites)
        {
            result.Output.Should().Contain($"{suite.Exercise.Slug}: {suite.Tests.Count} tests, {ReportNumbers.Points(suite.MaxScore)} points\n");
        }

        result.Output.Should().Contain($"     2  visible         Unknown function returns an error object\n")
            .And.Contain("  after due date  ")
            .And.EndWith($"{suites.Count} suites, {suites.Sum(suite => suite.Tests.Count)} tests, {ReportNumbers.Points(suites.Sum(suite => suite.MaxScore))} points.\n");
        result.Errors.Should().Contain("kept in the suite cache").And.Contain("starts without compiling them");
    }

    [SkippableFact]
    public async Task Suites_CacheThatCannotBeWritten_WarnsThatGradingWillCompileThemEachTime()
    {
        Skip.If(OperatingSystem.IsWindows(), "XDG_CACHE_HOME is where the cache goes on Linux and macOS");
        var file = _scratch.NewFile();
        var cache = Path.Combine(file, "function-calling-grader", "suite-cache");

        var result = await GraderCli.RunAsync(new Dictionary<string, string> { ["XDG_CACHE_HOME"] = file },
            "suites", "--suite", Path.Combine(grading.Repository.Suites, "02-dispatch-tool-call"));

        result.ExitCode.Should().Be(0, result.ToString());
        result.Errors.Should().MatchRegex($@"Warning: Ready in [\d.]+ s, but not kept: the suite cache {Regex.Escape(cache)} could not be written \(.+\), " +
            "so grading will compile the suites each time\\.").And.NotContain("starts without compiling them");
    }

    [Fact]
    public async Task Suites_SuiteThatDoesNotCompile_ExitsWithOneAndShowsTheCompilerError()
    {
        var suite = Path.Combine(_scratch.NewFolder("grader-suites-"), "02-dispatch-tool-call");
        Grader.Infrastructure.SourceTree.Copy(Path.Combine(grading.Repository.Suites, "02-dispatch-tool-call"), suite, overwrite: false);
        File.WriteAllText(Path.Combine(suite, "Broken.cs"), "namespace Suites.DispatchToolCall;\npublic class Broken { int Missing() => undefinedName; }\n");

        var result = await GraderCli.RunAsync("suites", "--suite", suite);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Errors.Should().Contain("does not compile").And.Contain("Broken.cs:2:").And.Contain("undefinedName").And.NotContain("   at ");
        result.Output.Should().BeEmpty();
    }

    public void Dispose() => _scratch.Dispose();
}
