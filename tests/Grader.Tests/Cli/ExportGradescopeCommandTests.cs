using System.Text.RegularExpressions;

namespace Grader.Tests.Cli;

/// <summary><c>export-gradescope</c> run as a process: the zip it writes and what it says about it.</summary>
public class ExportGradescopeCommandTests : IDisposable
{
    private readonly ScratchSpace _scratch = new();

    [Fact]
    public async Task ExportGradescope_IntoAFolder_SaysToNameTheZipAndWritesNothing()
    {
        var folder = _scratch.NewFolder("grader-export-");

        var result = await GraderCli.RunAsync("export-gradescope", folder);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Errors.Should().Be($"Error: the autograder zip {folder} is a folder. Give the name of the file to write, for example {Path.Combine(folder, "autograder.zip")}.\n");
        Directory.EnumerateFileSystemEntries(folder).Should().BeEmpty();
    }

    [Fact]
    public async Task ExportGradescope_NewZip_SaysWhatItWroteAndHowToUploadIt()
    {
        var zip = Path.Combine(_scratch.NewFolder("grader-export-"), "autograder.zip");

        var result = await GraderCli.RunAsync("export-gradescope", zip);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().MatchRegex($@"^Wrote the Gradescope autograder to {Regex.Escape(zip)}: \d+ files, \d+ KB\.\n")
            .And.Contain("Upload it as the assignment's autograder");
        File.Exists(zip).Should().BeTrue();
    }

    [Fact]
    public async Task ExportGradescope_OntoAFileThatIsNoZip_IsRefusedAndLeavesTheFileAsItWas()
    {
        var notes = Path.Combine(_scratch.NewFolder("grader-export-"), "notes.md");
        File.WriteAllText(notes, "# Grading notes");

        var result = await GraderCli.RunAsync("export-gradescope", notes);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Errors.Should().Be($"Error: {notes} is already there, and is no .zip file: the autograder would replace it. " +
            "Give a name that ends with .zip, such as autograder.zip, or move that file away first.\n");
        File.ReadAllText(notes).Should().Be("# Grading notes");
    }

    [Fact]
    public async Task ExportGradescope_OntoAnEarlierZip_ReplacesIt()
    {
        var zip = Path.Combine(_scratch.NewFolder("grader-export-"), "autograder.zip");
        File.WriteAllText(zip, "an earlier autograder");

        var result = await GraderCli.RunAsync("export-gradescope", zip);

        result.ExitCode.Should().Be(0, result.ToString());
        new FileInfo(zip).Length.Should().BeGreaterThan(1000);
    }

    public void Dispose() => _scratch.Dispose();
}
