using Grader.Infrastructure;

namespace Grader.Tests.Files;

public class OutputLocationTests : IDisposable
{
    private readonly ScratchSpace _scratch = new();

    [Fact]
    public void CheckFolder_MissingFolder_IsMadeAndLeftEmpty()
    {
        var folder = Path.Combine(_scratch.NewFolder("grader-output-"), "results", "week-1");

        OutputLocation.CheckFolder(folder, "--output");

        Directory.Exists(folder).Should().BeTrue();
        Directory.EnumerateFileSystemEntries(folder).Should().BeEmpty("the write check removes its probe");
    }

    [Fact]
    public void CheckFolder_PathOfAFile_SaysItIsAFile()
    {
        var file = _scratch.NewFile();

        var check = () => OutputLocation.CheckFolder(file, "--output");

        check.Should().Throw<UserError>().WithMessage($"--output {file} is a file. Give a folder for the results*");
    }

    [Fact]
    public void CheckFile_PathEndingWithASlash_SaysItNamesAFolderAndMakesNothing()
    {
        var folder = Path.Combine(_scratch.NewFolder("grader-output-"), "reports") + Path.DirectorySeparatorChar;

        var check = () => OutputLocation.CheckFile(folder, "--output");

        check.Should().Throw<UserError>().WithMessage($"--output {folder} names a folder (it ends with /). Give the name of the file to write, for example {folder}report.json.");
        Directory.Exists(folder).Should().BeFalse();
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void EveryCheck_EmptyPath_SaysItIsEmpty(string path)
    {
        var checks = new Action[]
        {
            () => OutputLocation.CheckFile(path, "--output"),
            () => OutputLocation.CheckFolder(path, "--output"),
            () => OutputLocation.CheckParent(path, "--output"),
        };

        checks.Should().AllSatisfy(check => check.Should().Throw<UserError>().WithMessage("--output is empty. Give *"));
    }

    [Fact]
    public void CheckFolder_BelowAFile_SaysWhichFileIsInTheWay()
    {
        var file = _scratch.NewFile();
        var below = Path.Combine(file, "results", "2024");

        var check = () => OutputLocation.CheckFolder(below, "--output");

        check.Should().Throw<UserError>().Which.Message.Should().Be(
            $"Cannot make the folder {below} for --output {below}: {file} is a file, not a folder. Choose a folder you can write to.");
    }

    [Fact]
    public void CheckFile_InAFolderBelowAFile_SaysWhichFileIsInTheWay()
    {
        var file = _scratch.NewFile();
        var report = Path.Combine(file, "report.json");

        var check = () => OutputLocation.CheckFile(report, "--output");

        check.Should().Throw<UserError>().Which.Message.Should().Be(
            $"Cannot make the folder {file} for --output {report}: {file} is a file, not a folder. Choose a folder you can write to.");
    }

    [Fact]
    public void CheckFile_PathOfAFolder_AsksForAFileName()
    {
        var folder = _scratch.NewFolder("grader-output-");

        var check = () => OutputLocation.CheckFile(folder, "--output");

        check.Should().Throw<UserError>().WithMessage($"--output {folder} is a folder. Give the name of the file to write, for example {Path.Combine(folder, "report.json")}.");
    }

    [Fact]
    public void CheckFile_InAMissingFolder_MakesTheFolderButNotTheFile()
    {
        var file = Path.Combine(_scratch.NewFolder("grader-output-"), "reports", "results.json");

        OutputLocation.CheckFile(file, "--output");

        Directory.Exists(Path.GetDirectoryName(file)).Should().BeTrue();
        Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(file)!).Should().BeEmpty();
    }

    [Fact]
    public void CheckFile_InAFolderThatTakesNoFiles_SaysSoWithoutNamingTheProbe()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var check = () => OutputLocation.CheckFile("/proc/report.json", "--output");

        check.Should().Throw<UserError>()
            .WithMessage("Cannot write into the folder /proc for --output /proc/report.json: it does not take new files. Choose a folder you can write to.");
    }

    public void Dispose() => _scratch.Dispose();
}
