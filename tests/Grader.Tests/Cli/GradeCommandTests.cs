using System.Runtime.Versioning;
using Grader.Reports;
using Grader.Tests.Grading;

namespace Grader.Tests.Cli;

/// <summary><c>grade</c> run as a process: where its report goes, its exit codes, and what it checks before it grades.</summary>
[Collection(GradingCollection.Name)]
public class GradeCommandTests(GradingFixture grading) : IDisposable
{
    private readonly ScratchSpace _scratch = new();

    [Fact]
    public async Task Grade_JsonWithoutOutputFile_PrintsOnlyTheReportOnStdout()
    {
        var submission = grading.Assemble(grading.Scenario("all-correct"));

        var result = await GraderCli.RunAsync("grade", submission, "--format", "json");

        result.ExitCode.Should().Be(0, result.ToString());
        JsonReportReader.TryRead(result.Output, out var report, out var error).Should().BeTrue(error);
        report!.Score.Should().Be(report.MaxScore);
        report.Exercises.Should().OnlyContain(exercise => exercise.ExecutionTimeSeconds > 0 && exercise.ExecutionTimeSeconds <= report.ExecutionTimeSeconds,
            "each exercise is timed from reading its files to its last test");
        result.Errors.Should().Contain("Graded all-correct");
    }

    [Fact]
    public async Task Grade_OutputDash_PrintsTheReportOnStdoutAndWritesNoFileNamedDash()
    {
        var submission = grading.Assemble(grading.Scenario("all-correct"));
        var workingDirectory = _scratch.NewFolder("grader-dash-");

        var result = await GraderCli.RunInAsync(workingDirectory, "grade", submission, "--format", "json", "--output", "-",
            "--suite", Path.Combine(grading.Repository.Suites, "02-dispatch-tool-call"));

        result.ExitCode.Should().Be(0, result.ToString());
        JsonReportReader.TryRead(result.Output, out _, out var error).Should().BeTrue(error);
        Directory.EnumerateFileSystemEntries(workingDirectory).Should().BeEmpty();
    }

    [Fact]
    public async Task Grade_FailUnderAboveTheScore_ExitsWithTwo()
    {
        var submission = grading.Assemble(grading.Scenario("untouched-starters"));

        var result = await GraderCli.RunAsync("grade", submission, "--fail-under", "50", "--output", Path.Combine(submission, "report.txt"));

        result.ExitCode.Should().Be(2, result.ToString());
        result.Errors.Should().Contain("below --fail-under 50%");
        File.ReadAllText(Path.Combine(submission, "report.txt")).Should().Contain("Total: 0 /");
    }

    [Fact]
    public async Task Grade_OutputInsideTheLearnersExercises_IsRefusedAndTheirFileKept()
    {
        var submission = grading.Assemble(grading.Scenario("all-correct"));
        var learnerFile = Path.Combine(submission, "exercises", "02-dispatch-tool-call", "ToolDispatcher.cs");
        var code = File.ReadAllText(learnerFile);

        var result = await GraderCli.RunAsync("grade", submission, "--output", learnerFile);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Errors.Should().StartWith($"Error: --output {learnerFile} is inside the submission's exercises/ folder: the report would go into the learner's work");
        File.ReadAllText(learnerFile).Should().Be(code);
    }

    [Fact]
    public async Task Grade_OutputThatIsAFolder_ExitsWithOneBeforeGrading()
    {
        var submission = grading.Assemble(grading.Scenario("all-correct"));
        var folder = _scratch.NewFolder("grader-output-");

        var result = await GraderCli.RunAsync("grade", submission, "--format", "json", "--output", folder);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Errors.Should().StartWith($"Error: --output {folder} is a folder. Give the name of the file to write");
        result.Errors.Should().NotContain("Graded").And.NotContain("   at ");
    }

    [SkippableFact]
    [UnsupportedOSPlatform("windows")]
    public async Task Grade_BubblewrapThatFailsSilently_GivesItsExitCodeAndTheLikelyCause()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "bubblewrap only runs on Linux");
        var programs = _scratch.NewFolder("grader-failing-bwrap-");
        var bwrap = Path.Combine(programs, "bwrap");
        File.WriteAllText(bwrap, "#!/bin/sh\nexit 1\n");
        File.SetUnixFileMode(bwrap, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var submission = _scratch.NewFolder("grader-submission-");
        Directory.CreateDirectory(Path.Combine(submission, "exercises"));
        var path = new Dictionary<string, string> { ["PATH"] = $"{programs}:{Environment.GetEnvironmentVariable("PATH")}" };

        var result = await GraderCli.RunAsync(path, "grade", submission, "--sandbox", "bwrap", "--suite", Path.Combine(grading.Repository.Suites, "02-dispatch-tool-call"));

        result.ExitCode.Should().Be(1, result.ToString());
        result.Errors.Should().Be("Error: --sandbox bwrap was asked for, but bubblewrap cannot run here: a trial run of bwrap failed (exit code 1, with nothing on stderr); " +
            "most likely this machine does not let unprivileged users make user namespaces, as containers often do. --sandbox none grades without it.\n");
    }

    [Fact]
    public async Task Grade_TemporaryFolderMissing_SaysWhichAndHowToFixIt()
    {
        var submission = _scratch.NewFolder("grader-submission-");
        Directory.CreateDirectory(Path.Combine(submission, "exercises"));
        var missing = Path.Combine(Path.GetTempPath(), "grader-no-such-temp-" + Guid.NewGuid().ToString("N"));

        var result = await GraderCli.RunAsync(new Dictionary<string, string> { ["TMPDIR"] = missing }, "grade", submission);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Errors.Should().Contain($"The temporary folder {missing}").And.Contain("set TMPDIR to a folder that exists")
            .And.NotContain("could not start", "it is the machine's setting, found before any worker is tried");
    }

    public void Dispose() => _scratch.Dispose();
}
