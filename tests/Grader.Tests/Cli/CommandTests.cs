using System.Runtime.Versioning;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Grader.Reports;
using Grader.Tests.Grading;

namespace Grader.Tests.Cli;

/// <summary>The CLI's contract: commands, formats, exit codes and messages, run as a process.</summary>
[Collection(GradingCollection.Name)]
public class CommandTests(GradingFixture grading) : IDisposable
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

    [Theory]
    [InlineData("--output", "Error: --output is empty. Give the name of the file to write.")]
    [InlineData("--suite", "Error: The suite folder is empty text. Give a folder of NN-slug suite folders, or one suite folder.")]
    public async Task Grade_EmptyPathOption_ExitsWithOneAndSaysWhichIsEmpty(string option, string message)
    {
        var submission = _scratch.NewFolder("grader-submission-");
        Directory.CreateDirectory(Path.Combine(submission, "exercises"));

        var result = await GraderCli.RunAsync("grade", submission, option, "");

        result.ExitCode.Should().Be(1, result.ToString());
        result.Errors.Should().Contain(message).And.NotContain("bug in the grader");
    }

    [Fact]
    public async Task CheckSchema_EmptyFileName_ExitsWithOneAndSaysWhatToGive()
    {
        var result = await GraderCli.RunAsync("check-schema", "");

        result.ExitCode.Should().Be(1, result.ToString());
        result.Errors.Should().StartWith("Error: The name of the tool definition's file is empty. Give the path of a JSON file, or - to read it from standard input.");
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

    [Theory]
    [InlineData("--timeout", "0")]
    [InlineData("--budget", "3601")]
    public async Task Grade_TimeLimitOutOfRange_SaysWhichValuesAreAllowed(string option, string value)
    {
        var result = await GraderCli.RunAsync("grade", "/no/such/submission", option, value);

        result.ExitCode.Should().Be(1);
        result.Errors.Should().StartWith($"Error: {option} must be more than 0 and at most 3600 seconds, not {value}.");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("4194304")] // 4 GB in bytes is 2^32, which an int of bytes would hold as 0
    public async Task Grade_OutputLimitOutOfRange_SaysWhichValuesAreAllowed(string kilobytes)
    {
        var result = await GraderCli.RunAsync("grade", "/no/such/submission", "--output-limit", kilobytes);

        result.ExitCode.Should().Be(1);
        result.Errors.Should().StartWith($"Error: --output-limit must be between 1 and 1048576 kilobytes (1 GB), not {kilobytes}.");
    }

    [Theory]
    [InlineData("--fail-under", "100.5", "Error: --fail-under is a percentage between 0 and 100, not 100.5.")]
    [InlineData("--timeout", "3600.5", "Error: --timeout must be more than 0 and at most 3600 seconds, not 3600.5.")]
    public async Task Grade_NumberOutOfRangeOnAMachineInGerman_IsQuotedAsItWasTyped(string option, string value, string message)
    {
        // In German, 100.5 is written 100,5; the options read numbers with a point whatever the language, so a message
        // that answered with a comma would send the user round in a circle.
        var german = new Dictionary<string, string> { ["LANG"] = "de_DE.UTF-8", ["LC_ALL"] = "de_DE.UTF-8" };

        var result = await GraderCli.RunAsync(german, "grade", "/no/such/submission", option, value);

        result.ExitCode.Should().Be(1);
        result.Errors.Should().StartWith(message);
    }

    [Fact]
    public async Task Grade_SubmissionThatDoesNotExist_ExitsWithOneAndNoStackTrace()
    {
        var result = await GraderCli.RunAsync("grade", "/no/such/submission");

        result.ExitCode.Should().Be(1);
        result.Errors.Should().StartWith("Error: /no/such/submission does not exist.");
        result.Errors.Should().NotContain("   at ");
    }

    [Fact]
    public async Task Grade_UnknownFormat_ExitsWithOneAndListsTheFormats()
    {
        var result = await GraderCli.RunAsync("grade", ".", "--format", "xml");

        result.ExitCode.Should().Be(1);
        result.Errors.Should().Contain("'xml'").And.Contain("gradescope");
    }

    [Fact]
    public async Task Grade_UnknownSandbox_ExitsWithOneAndListsTheModesAsTheReadmeSpellsThem()
    {
        var result = await GraderCli.RunAsync("grade", ".", "--sandbox", "docker");

        result.ExitCode.Should().Be(1);
        result.Errors.Should().Contain("'docker'").And.Contain("'auto'").And.Contain("'bwrap'").And.Contain("'none'");
        result.Errors.Should().NotContain("SandboxMode", "a message for the user should not name the grader's own types");
    }

    [Theory]
    [InlineData("--timeout", "abc", "--timeout expects a number, such as 3 or 0.5, not 'abc'.")]
    [InlineData("--memory", "1.5", "--memory expects a whole number, such as 512, not '1.5'.")]
    [InlineData("--fail-under", "half", "--fail-under expects a number, such as 80, not 'half'.")]
    [InlineData("--memory", "99999999999", "--memory is far too large: '99999999999'. Give a value such as 512.")]
    public async Task Grade_NumberOptionThatIsNotANumber_SaysWhatToTypeWithoutNamingDotNetTypes(string option, string value, string message)
    {
        var result = await GraderCli.RunAsync("grade", ".", option, value);

        result.ExitCode.Should().Be(1);
        result.Errors.Should().Contain(message);
        result.Errors.Should().NotContain("System.", "a message for the user should not name .NET types");
        result.Output.Should().BeEmpty("after a usage error the help goes to stderr, so stdout never holds anything but a report");
    }

    [Fact]
    public async Task Grade_MemoryTooSmallForAWorker_ExitsWithOneAndGivesTheMinimum()
    {
        var result = await GraderCli.RunAsync("grade", grading.Assemble(grading.Scenario("all-correct")), "--memory", "1");

        result.ExitCode.Should().Be(1, result.ToString());
        result.Errors.Should().StartWith("Error: --memory must be at least 32 (megabytes), not 1:");
    }

    [Theory]
    [InlineData("150")]
    [InlineData("-1")]
    [InlineData("NaN")]
    public async Task Grade_FailUnderOutsideZeroToHundred_ExitsWithOneBeforeGrading(string threshold)
    {
        var submission = grading.Assemble(grading.Scenario("all-correct"));

        var result = await GraderCli.RunAsync("grade", submission, "--fail-under", threshold);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Errors.Should().StartWith($"Error: --fail-under is a percentage between 0 and 100, not {threshold}.");
        result.Errors.Should().NotContain("Graded", "a wrong option must not cost the time of grading first");
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

    [Fact]
    public async Task GradeAll_JobsThatIsNotANumber_SaysWhatToType()
    {
        var result = await GraderCli.RunAsync("grade-all", ".", "--output", _scratch.NewFolder("grader-results-"), "--jobs", "many");

        result.ExitCode.Should().Be(1);
        result.Errors.Should().Contain("--jobs expects a whole number, such as 4, not 'many'.").And.NotContain("System.Int32");
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
        result.Errors.Should().MatchRegex(@"Wrote 3 reports, gradebook\.csv and mistakes\.csv to .*\. \d+ worker processes ran the tests\.",
            "the summary says where the results are and how many workers the class needed");
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

    [Fact]
    public async Task CheckSchema_CourseTool_IsValid()
    {
        var file = _scratch.NewFile();
        File.WriteAllText(file, JsonSerializer.Serialize(new
        {
            type = "function",
            function = new
            {
                name = "search_products",
                description = "Find catalog products that match the search words and list them.",
                parameters = new
                {
                    type = "object",
                    properties = new { query = new { type = "string", description = "What to search for." } },
                    required = new[] { "query" },
                },
            },
        }));

        var result = await GraderCli.RunAsync("check-schema", file);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("a valid tool definition");
    }

    [Fact]
    public async Task CheckSchema_BrokenTool_ExitsWithOneAndNamesThePathAndTheApiWording()
    {
        var file = _scratch.NewFile();
        File.WriteAllText(file, """{"type": "function", "function": {"name": "search products", "parameters": {"type": "object"}}}""");

        var result = await GraderCli.RunAsync("check-schema", file);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Output.Should().Contain("$.function.name")
            .And.Contain("Invalid 'tools[0].function.name': string does not match pattern.")
            .And.Contain("the API would reject it.");
    }

    [Fact]
    public async Task CheckSchema_ErrorTheApiAccepts_DoesNotClaimTheApiWouldRejectIt()
    {
        var file = _scratch.NewFile();
        File.WriteAllText(file, """
            {"type": "function", "function": {"name": "lookup_user", "description": "Looks up one shop user by their user id",
              "parameters": {"type": "object", "properties": {}, "required": ["user_id"]}}}
            """);

        var result = await GraderCli.RunAsync("check-schema", file);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Output.Should().Contain("$.function.parameters.required[0]").And.Contain("fix the errors before you use it.")
            .And.NotContain("the API would reject it");
    }

    [Theory]
    [InlineData("[]", "$", "Invalid 'tools': empty array.")]
    [InlineData("""[{"type": "function", "function": {"name": "ok", "parameters": {"type": "object"}}}, {"type": "function"}]""",
        "$[1].function", "Missing required parameter: 'tools[1].function'.")]
    public async Task CheckSchema_ArrayOfTools_NamesEachToolAsTheApiWould(string json, string path, string message)
    {
        var file = _scratch.NewFile();
        File.WriteAllText(file, json);

        var result = await GraderCli.RunAsync("check-schema", file);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Output.Should().Contain(path).And.Contain(message);
    }

    [Fact]
    public async Task CheckSchema_TruncatedJson_ExitsWithOneAndGivesLineAndColumn()
    {
        var file = _scratch.NewFile();
        File.WriteAllText(file, "{\"type\": \"function\",\n \"function\": {\"name\": \"x\"");

        var result = await GraderCli.RunAsync("check-schema", file);

        result.ExitCode.Should().Be(1);
        result.Errors.Should().MatchRegex(@"^Error: .*:2:\d+: ");
    }

    [Fact]
    public async Task CheckSchema_TruncatedJsonAsJson_StillWritesJsonWithTheLine()
    {
        var file = _scratch.NewFile();
        File.WriteAllText(file, "{\"type\": \"function\",\n \"function\": {\"name\": \"x\"");

        var result = await GraderCli.RunAsync("check-schema", file, "--format", "json");

        result.ExitCode.Should().Be(1);
        var report = JsonNode.Parse(result.Output)!;
        report["valid"]!.GetValue<bool>().Should().BeFalse();
        report["problems"]![0]!["severity"]!.GetValue<string>().Should().Be("error");
        report["problems"]![0]!["line"]!.GetValue<int>().Should().Be(2);
        report["problems"]![0]!.AsObject().Select(field => field.Key).Should().Contain(["severity", "path", "line", "message", "hint", "api_code"],
            "a script reads every problem the same way, whatever went wrong");
        result.Errors.Should().MatchRegex(@"^Error: .*:2:\d+: ", "people reading the terminal still get the message");
    }

    [Fact]
    public async Task CheckSchema_ProblemInAFile_NamesItsLine()
    {
        var file = _scratch.NewFile();
        File.WriteAllText(file, """
            {"type": "function", "function": {
              "name": "search_products",
              "description": "Find catalog products that match the search words and list them.",
              "parameters": {"type": "object", "properties": {
                "max_price": {"type": "number", "description": "The highest price, in dollars.",
                  "multipleOf": 1e-320}
              }}
            }}
            """);

        var text = await GraderCli.RunAsync("check-schema", file);
        var json = await GraderCli.RunAsync("check-schema", file, "--format", "json");

        text.ExitCode.Should().Be(1, text.ToString());
        text.Output.Should().Contain("$.function.parameters.properties.max_price.multipleOf (line 6)")
            .And.Contain("\"multipleOf\" is 1e-320, smaller than the smallest step the validator can represent (1e-28)");
        JsonNode.Parse(json.Output)!["problems"]![0]!["line"]!.GetValue<int>().Should().Be(6);
    }

    [Fact]
    public async Task CheckSchema_FileOf50Mebibytes_ExitsWithOneAndSaysItIsTooLarge()
    {
        var file = _scratch.NewFile();
        File.WriteAllText(file, $"{{\"type\": \"function\", \"function\": {{\"name\": \"f\", \"description\": \"{new string('a', 50 * 1024 * 1024)}\"}}}}");

        var result = await GraderCli.RunAsync("check-schema", file);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Errors.Should().Be($"Error: {file}: it is 50 MiB, over the limit of 4 MiB; a tool definition or request is a few kilobytes, " +
            $"so check that this is the right input{Environment.NewLine}");
    }

    [Fact]
    public async Task CheckSchema_Nested100000LevelsDeep_ExitsWithOneAndGivesTheLineAndPath()
    {
        var file = _scratch.NewFile();
        File.WriteAllText(file, "{\"type\": \"function\",\n \"function\": {\"name\": \"f\", \"parameters\": " +
            string.Concat(Enumerable.Repeat("{\"a\": ", 100_000)) + "1" + new string('}', 100_002));

        var result = await GraderCli.RunAsync("check-schema", file);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Errors.Should().StartWith($"Error: {file}:2:").And.Contain("nests objects and arrays more than 64 levels deep")
            .And.Contain("(at $.function.parameters.a.a.a.").And.NotContain("   at ");
    }

    [Fact]
    public async Task ExportStudent_IntoANonEmptyFolder_RefusesAndTouchesNothing()
    {
        var folder = _scratch.NewFolder("grader-export-");
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "my work");

        var result = await GraderCli.RunAsync("export-student", folder);

        result.ExitCode.Should().Be(1);
        result.Errors.Should().Contain("is not empty");
        Directory.EnumerateFileSystemEntries(folder).Should().ContainSingle();
    }

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
    public async Task ExportStudent_WithPackages_SaysHowManyAndWritesTheConfigThatUsesThem()
    {
        var folder = Path.Combine(_scratch.NewFolder("grader-export-"), "edition");

        var result = await GraderCli.RunAsync("export-student", folder, "--with-packages");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().MatchRegex(@"With \d+ NuGet packages in packages/: it restores and builds with no network\.")
            .And.NotContain("needs the network", "this edition needs none");
        File.ReadAllText(Path.Combine(folder, "nuget.config")).Should().Contain("value=\"packages\"");
        Directory.EnumerateFiles(Path.Combine(folder, "packages"), "*.nupkg", SearchOption.AllDirectories).Should().NotBeEmpty();
    }

    [Fact]
    public async Task Suites_CourseSuites_ListsEachExerciseWithItsTestsPointsAndVisibility()
    {
        var result = await GraderCli.RunAsync("suites");

        result.ExitCode.Should().Be(0, result.ToString());
        var suites = grading.Session.Suites;
        foreach (var suite in suites)
        {
            result.Output.Should().Contain($"{suite.Exercise.Slug}: {suite.Tests.Count} tests, {ReportNumbers.Points(suite.MaxScore)} points\n");
        }

        result.Output.Should().Contain($"     2  visible         Unknown function returns an error object\n")
            .And.Contain("  after due date  ")
            .And.EndWith($"{suites.Count} suites, {suites.Sum(suite => suite.Tests.Count)} tests, {ReportNumbers.Points(suites.Sum(suite => suite.MaxScore))} points.\n");
        result.Errors.Should().Contain("kept in the suite cache").And.Contain("starts without compiling them");
    }

    [SkippableFact]
    public async Task Suites_CacheThatCannotBeWritten_WarnsThatGradingWillCompileThemEachTime()
    {
        Skip.If(OperatingSystem.IsWindows(), "XDG_CACHE_HOME is where the cache goes on Linux and macOS");
        var file = _scratch.NewFile();
        var cache = Path.Combine(file, "function-calling-grader", "suite-cache");

        var result = await GraderCli.RunAsync(new Dictionary<string, string> { ["XDG_CACHE_HOME"] = file },
            "suites", "--suite", Path.Combine(grading.Repository.Suites, "02-dispatch-tool-call"));

        result.ExitCode.Should().Be(0, result.ToString());
        result.Errors.Should().MatchRegex($@"Warning: Ready in [\d.]+ s, but not kept: the suite cache {Regex.Escape(cache)} could not be written \(.+\), " +
            "so grading will compile the suites each time\\.").And.NotContain("starts without compiling them");
    }

    [Fact]
    public async Task Suites_SuiteThatDoesNotCompile_ExitsWithOneAndShowsTheCompilerError()
    {
        var suite = Path.Combine(_scratch.NewFolder("grader-suites-"), "02-dispatch-tool-call");
        Grader.Infrastructure.SourceTree.Copy(Path.Combine(grading.Repository.Suites, "02-dispatch-tool-call"), suite, overwrite: false);
        File.WriteAllText(Path.Combine(suite, "Broken.cs"), "namespace Suites.DispatchToolCall;\npublic class Broken { int Missing() => undefinedName; }\n");

        var result = await GraderCli.RunAsync("suites", "--suite", suite);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Errors.Should().Contain("does not compile").And.Contain("Broken.cs:2:").And.Contain("undefinedName").And.NotContain("   at ");
        result.Output.Should().BeEmpty();
    }

    public void Dispose() => _scratch.Dispose();
}
