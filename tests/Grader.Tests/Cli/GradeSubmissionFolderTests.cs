using Grader.Reports;
using Grader.Tests.Grading;

namespace Grader.Tests.Cli;

/// <summary>The folder given to <c>grade</c>: what it accepts as one submission, and what it says about a folder it cannot grade.</summary>
[Collection(GradingCollection.Name)]
public class GradeSubmissionFolderTests(GradingFixture grading) : IDisposable
{
    private readonly ScratchSpace _scratch = new();

    [Fact]
    public async Task Grade_ExercisesFolderItself_IsAcceptedAsTheSubmission()
    {
        var submission = grading.Assemble(grading.Scenario("all-correct"));

        var result = await GraderCli.RunAsync("grade", Path.Combine(submission, "exercises") + "/", "--format", "json");

        result.ExitCode.Should().Be(0, result.ToString());
        var report = JsonReportReader.Read(result.Output);
        report.Score.Should().BePositive();
        report.Submission.Should().Be(Path.GetFileName(submission), "the learner's folder names the submission, not exercises/");
    }

    [Fact]
    public async Task Grade_FolderWithoutExercises_ExitsWithOneBeforeGrading()
    {
        var empty = _scratch.NewFolder("grader-empty-");

        var result = await GraderCli.RunAsync("grade", empty);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Errors.Should().StartWith($"Error: {empty} holds no exercises/ folder. Give the folder that holds exercises/");
        result.Errors.Should().NotContain("Graded");
    }

    [Fact]
    public async Task Grade_FolderHoldingItsUploadStillZipped_SaysToUnpackIt()
    {
        var submission = _scratch.NewFolder("grader-zipped-");
        File.WriteAllText(Path.Combine(submission, "function-calling-exercises.zip"), "");

        var result = await GraderCli.RunAsync("grade", submission);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Errors.Should().Be($"Error: {submission} holds no exercises/ folder: it holds function-calling-exercises.zip, still packed; unpack it there.\n");
    }

    [Fact]
    public async Task Grade_ClassFolder_IsRefusedAndPointsToGradeAll()
    {
        var folder = _scratch.NewFolder("grader-class-");
        Directory.CreateDirectory(Path.Combine(folder, "1001-alice", "exercises", "02-dispatch-tool-call"));
        Directory.CreateDirectory(Path.Combine(folder, "1002-bob", "exercises"));

        var result = await GraderCli.RunAsync("grade", folder);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Errors.Should().Be($"Error: {folder} looks like a class folder: 2 of its subfolders hold exercises/. Grade it with grade-all {folder} --output <dir>.\n");
    }

    [Fact]
    public async Task Grade_ExercisesFolderInCapitals_SaysWhichFolderToRename()
    {
        var submission = _scratch.NewFolder("grader-capitals-");
        Directory.CreateDirectory(Path.Combine(submission, "Exercises", "02-dispatch-tool-call"));
        Directory.CreateDirectory(Path.Combine(submission, "notes"));

        var result = await GraderCli.RunAsync("grade", submission);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Errors.Should().Be($"Error: {submission} holds no exercises/ folder: {Path.Combine(submission, "Exercises")} is there; rename it to exercises.\n");
    }

    [Fact]
    public async Task Grade_ExercisesIsAFile_SaysSoRatherThanThatNothingIsThere()
    {
        var submission = _scratch.NewFolder("grader-exercises-file-");
        await File.WriteAllTextAsync(Path.Combine(submission, "exercises"), "not a folder");

        var result = await GraderCli.RunAsync("grade", submission);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Errors.Should().StartWith($"Error: {submission} has a file named exercises where the exercises/ folder should be.");
    }

    [Fact]
    public async Task Grade_SubmissionThatDoesNotExist_ExitsWithOneAndNoStackTrace()
    {
        var result = await GraderCli.RunAsync("grade", "/no/such/submission");

        result.ExitCode.Should().Be(1);
        result.Errors.Should().StartWith("Error: /no/such/submission does not exist.");
        result.Errors.Should().NotContain("   at ");
    }

    public void Dispose() => _scratch.Dispose();
}
