using Grader.Grading;
using Grader.Infrastructure;
using Grader.Tests.Cli;

namespace Grader.Tests.Grading;

/// <summary>Two grade-all runs into one output folder: the second is refused before it touches anything.</summary>
[Collection(GradingCollection.Name)]
public sealed class OutputFolderLockTests(GradingFixture grading) : IDisposable
{
    private readonly ScratchSpace _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void Take_FolderAlreadyHeld_IsRefusedNamingTheFolderAndTheWayOut()
    {
        var folder = _scratch.NewFolder("grader-results-");
        using var first = OutputFolderLock.Take(folder);

        var second = () => OutputFolderLock.Take(folder);

        second.Should().Throw<UserError>().WithMessage($"Another grade-all is writing its results to {folder} right now.*different --output folder.");
    }

    [Fact]
    public void IgnoresCase_SaysWhatTheFolderFileSystemDoes()
    {
        var folder = _scratch.NewFolder("grader-results-");
        File.WriteAllText(Path.Combine(folder, "probe"), "");
        var fileSystemIgnoresCase = File.Exists(Path.Combine(folder, "PROBE"));
        File.Delete(Path.Combine(folder, "probe"));

        using var held = OutputFolderLock.Take(folder);

        held.IgnoresCase.Should().Be(fileSystemIgnoresCase);
    }

    [Fact]
    public void Take_AfterTheHolderIsDone_SucceedsAndLeavesNoLockFileBehind()
    {
        var folder = _scratch.NewFolder("grader-results-");
        OutputFolderLock.Take(folder).Dispose();

        using (OutputFolderLock.Take(folder))
        {
            File.Exists(Path.Combine(folder, OutputFolderLock.FileName)).Should().BeTrue();
        }

        Directory.EnumerateFileSystemEntries(folder).Should().BeEmpty("the results folder holds results only");
    }

    [Fact]
    public void Take_LockFileLeftByARunThatWasKilled_IsNoObstacle()
    {
        var folder = _scratch.NewFolder("grader-results-");
        File.WriteAllText(Path.Combine(folder, OutputFolderLock.FileName), "");

        var take = () => OutputFolderLock.Take(folder).Dispose();

        take.Should().NotThrow("the operating system's lock ended with the process that held it");
    }

    [Fact]
    public async Task GradeAll_IntoAFolderAnotherRunIsWriting_ExitsWithOneAndLeavesThatRunsFilesAlone()
    {
        var folder = _scratch.NewFolder("grader-class-");
        grading.Scenario("untouched-starters").Assemble(grading.Repository, folder);
        var output = _scratch.NewFolder("grader-results-");
        var halfWritten = Path.Combine(output, ".grader-0123456789abcdef.tmp");
        File.WriteAllText(halfWritten, "{\"version\": 1,");
        using var otherRun = OutputFolderLock.Take(output);

        var result = await GraderCli.RunAsync("grade-all", folder, "--output", output);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Errors.Should().Contain($"Error: Another grade-all is writing its results to {output} right now.");
        File.Exists(halfWritten).Should().BeTrue("the other run's report in the making is not a leftover");
        File.Exists(Path.Combine(output, ClassGrader.GradebookFile)).Should().BeFalse();
    }

    [Fact]
    public async Task GradeAll_IntoAFolderAnotherRunIsWriting_IsRefusedBeforeTheSuitesAreLoaded()
    {
        var folder = _scratch.NewFolder("grader-class-");
        grading.Scenario("untouched-starters").Assemble(grading.Repository, folder);
        var output = _scratch.NewFolder("grader-results-");
        var suites = _scratch.NewFolder("grader-suites-");
        File.WriteAllText(Path.Combine(suites, "Broken.cs"), "this is not C#");
        using var otherRun = OutputFolderLock.Take(output);

        var result = await GraderCli.RunAsync("grade-all", folder, "--output", output, "--suite", suites);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Errors.Should().Contain($"Error: Another grade-all is writing its results to {output} right now.",
            "a busy folder is found before the suites are loaded, here before finding that they do not compile");
    }
}
