using System.Text.Json;
using Grader.Tests.Grading;

namespace Grader.Tests.Cli;

/// <summary>Run as a Gradescope autograder, an upload with nothing to grade still gets a results file that says why.</summary>
[Collection(GradingCollection.Name)]
public class GradescopeUploadTests(GradingFixture grading) : IDisposable
{
    private readonly ScratchSpace _scratch = new();

    [Fact]
    public async Task Grade_GradescopeUploadWithoutExercises_WritesResultsThatExplainAndExitsWithOne()
    {
        var upload = _scratch.NewFolder("grader-upload-");
        File.WriteAllText(Path.Combine(upload, "ToolDispatcher.cs"), "// uploaded loose, outside exercises/");
        var results = Path.Combine(_scratch.NewFolder("grader-results-"), "results.json");

        var run = await GraderCli.RunAsync("grade", upload, "--format", "gradescope", "--output", results);

        run.ExitCode.Should().Be(1, run.ToString());
        run.Errors.Should().Contain("holds no exercises/ folder");
        using var written = JsonDocument.Parse(File.ReadAllText(results));
        var root = written.RootElement;
        root.GetProperty("score").GetDouble().Should().Be(0);
        root.GetProperty("output").GetString().Should().Contain("no exercises/ folder").And.Contain("Upload the top folder");
        root.GetProperty("visibility").GetString().Should().Be("visible");
        root.GetProperty("tests").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Grade_GradescopeWithHiddenSuitesThatDoNotCompile_WritesResultsThatBlameTheSetUpAndExitsWithOne()
    {
        var suite = Path.Combine(_scratch.NewFolder("grader-suites-"), "02-dispatch-tool-call");
        Grader.Infrastructure.SourceTree.Copy(Path.Combine(grading.Repository.Suites, "02-dispatch-tool-call"), suite, overwrite: false);
        File.WriteAllText(Path.Combine(suite, "Broken.cs"), "namespace Suites.DispatchToolCall;\npublic class Broken { int Missing() => undefinedName; }\n");
        var upload = _scratch.NewFolder("grader-upload-");
        Directory.CreateDirectory(Path.Combine(upload, "exercises"));
        var results = Path.Combine(_scratch.NewFolder("grader-results-"), "results.json");

        var run = await GraderCli.RunAsync("grade", upload, "--suite", suite, "--format", "gradescope", "--output", results);

        run.ExitCode.Should().Be(1, run.ToString());
        run.Errors.Should().Contain("does not compile").And.Contain("undefinedName", "the instructor reads the reason in the log");
        using var written = JsonDocument.Parse(File.ReadAllText(results));
        written.RootElement.GetProperty("score").GetDouble().Should().Be(0);
        written.RootElement.GetProperty("output").GetString().Should().Contain("This is not about your upload")
            .And.NotContain("undefinedName", "the suite's source is the instructor's, not the student's");
    }

    [Theory]
    [InlineData("json")]
    [InlineData("junit")]
    public async Task Grade_OtherFormatsWithoutExercises_WriteNoReport(string format)
    {
        var upload = _scratch.NewFolder("grader-upload-");
        var report = Path.Combine(_scratch.NewFolder("grader-results-"), "report");

        var run = await GraderCli.RunAsync("grade", upload, "--format", format, "--output", report);

        run.ExitCode.Should().Be(1, run.ToString());
        File.Exists(report).Should().BeFalse("only Gradescope shows nothing but the results file to the person who uploaded");
    }

    public void Dispose() => _scratch.Dispose();
}
