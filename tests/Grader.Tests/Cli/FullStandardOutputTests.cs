using Grader.Tests.Grading;

namespace Grader.Tests.Cli;

/// <summary>Standard output on a full disk (<c>/dev/full</c>): every command blames the destination, not the grader, and <c>grade-all</c> keeps the results it wrote.</summary>
[Collection(GradingCollection.Name)]
public class FullStandardOutputTests(GradingFixture grading) : IDisposable
{
    private readonly ScratchSpace _scratch = new();

    [SkippableFact]
    public async Task Grade_StdoutOnAFullDisk_SaysTheReportCouldNotBeWrittenWithoutBlamingTheGrader()
    {
        Skip.IfNot(File.Exists("/dev/full"), "needs /dev/full, a device that is always full");
        var submission = grading.Assemble(grading.Scenario("all-correct"));

        var result = await GraderCli.RunWithOutputToAsync("/dev/full", "grade", submission, "--format", "json",
            "--suite", Path.Combine(grading.Repository.Suites, "02-dispatch-tool-call"));

        result.ExitCode.Should().Be(1, result.ToString());
        result.Errors.Should().Contain("Error: Cannot write the report to standard output").And.Contain("--output")
            .And.NotContain("bug in the grader");
    }

    [SkippableTheory]
    [InlineData("check-schema")]
    [InlineData("suites")]
    [InlineData("export-student")]
    public async Task Command_StdoutOnAFullDisk_ExitsWithOneAndBlamesTheDestinationNotTheGrader(string command)
    {
        Skip.IfNot(File.Exists("/dev/full"), "needs /dev/full, a device that is always full");
        var tool = _scratch.NewFile();
        File.WriteAllText(tool, """{"type": "function", "function": {"name": "ok", "description": "Does nothing at all, for a test.", "parameters": {"type": "object"}}}""");
        string[] arguments = command switch
        {
            "check-schema" => [command, tool],
            "export-student" => [command, Path.Combine(_scratch.NewFolder("grader-export-"), "edition")],
            _ => [command],
        };

        var result = await GraderCli.RunWithOutputToAsync("/dev/full", arguments);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Errors.Should().Be("Error: Cannot write to standard output: No space left on device.\n");
    }

    [SkippableFact]
    public async Task GradeAll_TableToAFullDisk_KeepsTheGradesAndSaysWhereTheyAre()
    {
        Skip.IfNot(File.Exists("/dev/full"), "Needs /dev/full, a device that is always full.");
        var folder = _scratch.NewFolder("grader-class-");
        grading.Scenario("untouched-starters").Assemble(grading.Repository, folder);
        var output = _scratch.Keep(Path.Combine(folder, "..", Path.GetFileName(folder) + "-results"));

        var result = await GraderCli.RunWithOutputToAsync("/dev/full", "grade-all", folder, "--output", output);

        result.ExitCode.Should().Be(0, "the class was graded: only the table on the screen failed\n" + result);
        result.Errors.Should().Contain("The gradebook table could not be shown on standard output").And.NotContain("bug in the grader");
        File.Exists(Path.Combine(output, "gradebook.csv")).Should().BeTrue();
        File.Exists(Path.Combine(output, "untouched-starters.json")).Should().BeTrue();
    }

    public void Dispose() => _scratch.Dispose();
}
