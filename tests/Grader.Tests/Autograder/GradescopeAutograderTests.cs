using System.IO.Compression;
using System.Text.Json;
using Grader.Autograder;
using Grader.Tests.Cli;
using Grader.Tests.Grading;

namespace Grader.Tests.Autograder;

/// <summary>The zip an instructor uploads to Gradescope, and its run_autograder grading an upload the way Gradescope runs it.</summary>
[Collection(GradingCollection.Name)]
public class GradescopeAutograderTests(GradingFixture grading) : IDisposable
{
    private readonly ScratchSpace _scratch = new();

    [Fact]
    public void Export_PutsBothScriptsAtTheRootAsProgramsAndTheGraderUnderCourse()
    {
        var zip = Path.Combine(_scratch.NewFolder("grader-autograder-"), "autograder.zip");

        var package = new GradescopeAutograderExporter(grading.Repository).Export(zip);

        using var archive = ZipFile.OpenRead(zip);
        var names = archive.Entries.Select(entry => entry.FullName).ToList();
        package.Files.Should().Be(names.Count);
        package.Bytes.Should().Be(new FileInfo(zip).Length);
        foreach (var script in (string[])["setup.sh", "run_autograder"])
        {
            var entry = archive.GetEntry(script);
            entry.Should().NotBeNull($"Gradescope looks for {script} at the zip's root");
            ((UnixFileMode)(entry!.ExternalAttributes >> 16) & UnixFileMode.UserExecute).Should().Be(UnixFileMode.UserExecute, $"Gradescope runs {script} as a program");
        }

        names.Should().Contain(["course/Exercises.sln", "course/Directory.Packages.props", "course/global.json",
            "course/grader/Grader/Grader.csproj", "course/exercises/ToolCalling.Testing/ToolCalling.Testing.csproj"]);
        names.Should().Contain(name => name.StartsWith("course/grader/suites/02-dispatch-tool-call/", StringComparison.Ordinal));
        names.Should().NotContain(name => name.StartsWith("course/solutions/", StringComparison.Ordinal)
            || name.StartsWith("course/tests/", StringComparison.Ordinal)
            || name.Contains("/bin/", StringComparison.Ordinal) || name.Contains("/obj/", StringComparison.Ordinal),
            "the autograder needs no reference solutions, golden scenarios or build output");
    }

    [Fact]
    public void Export_ReplacesAnEarlierZipWhole()
    {
        var zip = Path.Combine(_scratch.NewFolder("grader-autograder-"), "autograder.zip");
        File.WriteAllText(zip, "an autograder from last term");

        new GradescopeAutograderExporter(grading.Repository).Export(zip);

        using var archive = ZipFile.OpenRead(zip);
        archive.GetEntry("run_autograder").Should().NotBeNull();
        Directory.GetFiles(Path.GetDirectoryName(zip)!).Should().ContainSingle("no temporary file is left beside the zip");
    }

    [Fact]
    public async Task RunAutograder_FromTheExportedZip_GradesTheUploadIntoGradescopesResultsFile()
    {
        var autograder = _scratch.NewFolder("grader-gradescope-");
        var zip = Path.Combine(autograder, "autograder.zip");
        new GradescopeAutograderExporter(grading.Repository).Export(zip);
        ZipFile.ExtractToDirectory(zip, Path.Combine(autograder, "source"));
        grading.Scenario("all-correct").Assemble(grading.Repository, Path.Combine(autograder, "submission"));

        // setup.sh builds the grader on Gradescope; here the one these tests built stands in for it.
        var run = await GraderCli.RunScriptAsync(
            Path.Combine(autograder, "source", "run_autograder"),
            new Dictionary<string, string> { ["AUTOGRADER_ROOT"] = autograder, ["GRADER_DLL"] = GraderCli.Assembly });

        run.ExitCode.Should().Be(0, run.ToString());
        using var results = JsonDocument.Parse(File.ReadAllText(Path.Combine(autograder, "results", "results.json")));
        var maxScore = grading.Session.Suites.Sum(suite => suite.MaxScore);
        results.RootElement.GetProperty("score").GetDouble().Should().Be(maxScore, "the reference solutions earn every point");
        results.RootElement.GetProperty("tests").GetArrayLength().Should().Be(grading.Session.Suites.Sum(suite => suite.Tests.Count));
    }

    public void Dispose() => _scratch.Dispose();
}
