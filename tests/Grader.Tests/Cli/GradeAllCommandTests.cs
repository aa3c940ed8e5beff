using Grader.Reports;
using Grader.Tests.Grading;

namespace Grader.Tests.Cli;

/// <summary><c>grade-all</c> run as a process: the class folder and results folder it accepts, the reports it writes and its exit codes.</summary>
[Collection(GradingCollection.Name)]
public class GradeAllCommandTests(GradingFixture grading) : IDisposable
{
    private readonly ScratchSpace _scratch = new();

    [Fact]
    public async Task GradeAll_JobsThatIsNotANumber_SaysWhatToType()
    {
        var result = await GraderCli.RunAsync("grade-all", ".", "--output", _scratch.NewFolder("grader-results-"), "--jobs", "many");

        result.ExitCode.Should().Be(1);
        result.Errors.Should().Contain("--jobs expects a whole number, such as 4, not 'many'.").And.NotContain("System.Int32");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("65")]
    public async Task GradeAll_JobsOutOfRange_SaysWhichValuesAreAllowed(string jobs)
    {
        var result = await GraderCli.RunAsync("grade-all", ".", "--output", _scratch.NewFolder("grader-results-"), "--jobs", jobs);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Errors.Should().StartWith($"Error: --jobs must be between 1 and 64, not {jobs}.");
    }

    [Fact]
    public async Task GradeAll_OutputThatIsAFile_ExitsWithOneBeforeGrading()
    {
        var folder = _scratch.NewFolder("grader-class-");
        grading.Scenario("all-correct").Assemble(grading.Repository, folder);
        var file = _scratch.NewFile();

        var result = await GraderCli.RunAsync("grade-all", folder, "--output", file);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Errors.Should().StartWith($"Error: --output {file} is a file. Give a folder for the results");
        result.Errors.Should().NotContain("Wrote").And.NotContain("   at ");
    }

    [Fact]
    public async Task GradeAll_OutputDash_IsRefusedInsteadOfMakingAFolderNamedDash()
    {
        var root = _scratch.NewFolder("grader-dash-");
        grading.Scenario("all-correct").Assemble(grading.Repository, Path.Combine(root, "class"));

        var result = await GraderCli.RunInAsync(root, "grade-all", "class", "--output", "-");

        result.ExitCode.Should().Be(1, result.ToString());
        result.Errors.Should().StartWith("Error: --output - stands for standard output, which cannot take a folder of results. Give a folder");
        Directory.Exists(Path.Combine(root, "-")).Should().BeFalse();
    }

    [Fact]
    public async Task GradeAll_OutputDash_IsRefusedBeforeAnyNoticeAboutTheClass()
    {
        var root = _scratch.NewFolder("grader-dash-notice-");
        Directory.CreateDirectory(Path.Combine(root, "class", "ada"));
        Directory.CreateDirectory(Path.Combine(root, "class", "grace", "exercises"));

        var result = await GraderCli.RunInAsync(root, "grade-all", "class", "--output", "-");

        result.ExitCode.Should().Be(1, result.ToString());
        result.Errors.Should().StartWith("Error: --output - stands for standard output");
        result.Errors.Should().NotContain("holds no exercises/ folder", "the run was refused, so nothing about the class matters yet");
    }

    [Fact]
    public async Task GradeAll_ClassFolderWithNothingToGrade_LeavesNoResultsFolderBehind()
    {
        var folder = _scratch.NewFolder("grader-empty-class-");
        var output = Path.Combine(_scratch.NewFolder("grader-results-parent-"), "results");

        var result = await GraderCli.RunAsync("grade-all", folder, "--output", output);

        result.ExitCode.Should().Be(1, result.ToString());
        Directory.Exists(output).Should().BeFalse("the input was refused, so nothing was written");
    }

    [Theory]
    [InlineData("class", "", "Error: --output is empty. Give a folder for the results.")]
    [InlineData("", "results", "Error: The class folder is empty text. Give a folder that holds one subfolder per submission.")]
    public async Task GradeAll_EmptyPath_ExitsWithOneAndSaysWhichIsEmpty(string folder, string output, string message)
    {
        var root = _scratch.NewFolder("grader-empty-path-");
        Directory.CreateDirectory(Path.Combine(root, "class", "ada", "exercises"));
        var arguments = new[] { "grade-all", folder.Length == 0 ? "" : Path.Combine(root, folder), "--output", output.Length == 0 ? "" : Path.Combine(root, output) };

        var result = await GraderCli.RunAsync(arguments);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Errors.Should().Contain(message);
    }

    [Fact]
    public async Task GradeAll_ClassWithABrokenSubmission_GradesEveryoneAndWritesTheGradebook()
    {
        var folder = _scratch.NewFolder("grader-class-");
        grading.Scenario("all-correct").Assemble(grading.Repository, folder);
        grading.Scenario("untouched-starters").Assemble(grading.Repository, folder);
        Directory.CreateDirectory(Path.Combine(folder, "no-exercises-folder"));
        var output = _scratch.Keep(Path.Combine(folder, "..", Path.GetFileName(folder) + "-results"));

        var result = await GraderCli.RunAsync("grade-all", folder, "--output", output, "--jobs", "2");

        result.ExitCode.Should().Be(0, result.ToString());
        Directory.EnumerateFiles(output, "*.json").Select(Path.GetFileName)
            .Should().BeEquivalentTo("all-correct.json", "untouched-starters.json", "no-exercises-folder.json");
        JsonReportReader.Read(File.ReadAllText(Path.Combine(output, "no-exercises-folder.json"))).Exercises
            .Should().OnlyContain(exercise => exercise.Status == ExerciseStatus.Missing);
        var gradebook = File.ReadAllLines(Path.Combine(output, "gradebook.csv"));
        gradebook[0].Should().StartWith("submission,total,max,");
        gradebook.Should().HaveCount(4);
        File.ReadAllLines(Path.Combine(output, "mistakes.csv")).Should().Equal(["mistake,title,submissions,exercises,names"],
            "starters that throw NotImplementedException point to no mistake");
        result.Errors.Should().MatchRegex(@"Wrote 3 reports, gradebook\.csv and mistakes\.csv to .*\. \d+ worker processes ran the tests; grading took \d+\.\d\d s\.",
            "the summary says where the results are, how many workers the class needed and how long it took");
    }

    [Fact]
    public async Task GradeAll_FailUnderWithASubmissionBelow_ExitsWithTwoAndNamesItAfterWritingEveryReport()
    {
        var folder = _scratch.NewFolder("grader-class-");
        grading.Scenario("all-correct").Assemble(grading.Repository, folder);
        grading.Scenario("untouched-starters").Assemble(grading.Repository, folder);
        var output = _scratch.Keep(Path.Combine(folder, "..", Path.GetFileName(folder) + "-results"));

        var result = await GraderCli.RunAsync("grade-all", folder, "--output", output, "--fail-under", "50");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Errors.Should().MatchRegex(@"1 of 2 submissions score below --fail-under 50%: untouched-starters 0 / \d+ \(0%\)\.")
            .And.NotContain("all-correct 1", "only the submissions below the threshold are named");
        File.ReadAllLines(Path.Combine(output, "gradebook.csv")).Should().HaveCount(3, "the gate is applied after the whole class is graded");
    }

    [Fact]
    public async Task GradeAll_SubmissionFolderNamedWithTerminalEscapes_ShowsThemSpelledOut()
    {
        var folder = _scratch.NewFolder("grader-class-");
        var name = "\u001b[2J\u001b]0;owned\u0007[red]eve[bold]\u202Etxt.exe"; // clears the screen, retitles the window
        Directory.CreateDirectory(Path.Combine(folder, name));
        Directory.CreateDirectory(Path.Combine(folder, "ada", "exercises"));
        var output = _scratch.Keep(Path.Combine(folder, "..", Path.GetFileName(folder) + "-results"));

        var result = await GraderCli.RunAsync("grade-all", folder, "--output", output);

        result.ExitCode.Should().Be(0, result.ToString());
        var terminal = result.Output + result.Errors;
        terminal.Should().NotContain("\u001b").And.NotContain("\u0007").And.NotContain("\u202E", "a learner's folder name must not drive the terminal");
        var shown = "\\u001B[2J\\u001B]0;owned\\u0007[red]eve[bold]\\u202Etxt.exe";
        result.Output.Should().Contain(shown, "the gradebook shows the name, markup and all, as text");
        result.Errors.Should().Contain($"{shown} holds no exercises/ folder");
    }

    public void Dispose() => _scratch.Dispose();
}
