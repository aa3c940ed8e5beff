using System.Text.Json;
using Grader.Tests.Grading;

namespace Grader.Tests.Cli;

/// <summary>Run as a Gradescope autograder, an upload with nothing to grade still gets a results file that says why.</summary>
[Collection(GradingCollection.Name)]
public class GradescopeUploadTests : IDisposable
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
