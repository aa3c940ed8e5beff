namespace Grader.Tests.Cli;

/// <summary>
/// A command line the parser cannot read gets one "Error:" per problem, in the words of this command's options, and
/// its usage line: never the whole help, and nothing on stdout, where a report may be going.
/// </summary>
public sealed class UsageErrorTests
{
    [Fact]
    public async Task Grader_NoCommand_ListsTheCommands()
    {
        var result = await GraderCli.RunAsync();

        ShouldBeAUsageError(result, "Error: name a command: demo, grade, grade-all, check-schema, suites, export-student or export-gradescope.", "grader <command> [options]");
    }

    [Theory]
    [InlineData("--fromat", "json", "Error: grade has no option --fromat. Did you mean --format?")]
    [InlineData("--verbose", null, "Error: grade has no option --verbose.")]
    public async Task Grade_UnknownOptionBeforeTheSubmission_IsNamedAsTheMistake(string option, string? value, string expected)
    {
        string[] arguments = value is null ? ["grade", option, "class/ada"] : ["grade", option, value, "class/ada"];

        var result = await GraderCli.RunAsync(arguments);

        ShouldBeAUsageError(result, expected, "grader grade <submission> [options]");
    }

    [Fact]
    public async Task Grade_UnknownOptionAlone_IsNamedAsTheMistakeNotAsAMissingFolder()
    {
        var result = await GraderCli.RunAsync("grade", "--help-me");

        ShouldBeAUsageError(result, "Error: grade has no option --help-me.", "grader grade <submission> [options]");
    }

    [Fact]
    public async Task Grader_MistypedCommand_SuggestsTheClosestCommand()
    {
        var result = await GraderCli.RunAsync("grde", "submission");

        ShouldBeAUsageError(result, "Error: there is no command 'grde'. Did you mean grade?", "grader <command> [options]");
    }

    [Fact]
    public async Task Grader_OptionBeforeAnyCommand_SaysToNameTheCommandFirst()
    {
        var result = await GraderCli.RunAsync("--jobs", "3");

        ShouldBeAUsageError(result, "Error: name a command before its options (--jobs): demo, grade, grade-all, check-schema, suites, export-student or export-gradescope.",
            "grader <command> [options]");
    }

    [Fact]
    public async Task GradeAll_MistypedOptionAndMissingOutput_NamesBothProblemsAndNotTheMistypedOptionsValue()
    {
        var result = await GraderCli.RunAsync("grade-all", "class", "--jobz", "3");

        ShouldBeAUsageError(result,
            "Error: the command line has 2 problems:\n" +
            "  - grade-all has no option --jobz. Did you mean --jobs?\n" +
            "  - grade-all needs --output: where to write <submission>.json for each, gradebook.csv and mistakes.csv.",
            "grader grade-all <folder> [options]");
        result.Errors.Should().NotContain("'3'", "the 3 is the value of the mistyped option, not a mistake of its own");
    }

    [Fact]
    public async Task GradeAll_NothingGiven_NamesTheFolderBeforeTheOutputAsTheUsageLineDoes()
    {
        var result = await GraderCli.RunAsync("grade-all");

        ShouldBeAUsageError(result,
            "Error: the command line has 2 problems:\n" +
            "  - grade-all needs <folder>, a folder with one subfolder per submission.\n" +
            "  - grade-all needs --output: where to write <submission>.json for each, gradebook.csv and mistakes.csv.",
            "grader grade-all <folder> [options]");
    }

    [Fact]
    public async Task Grade_UnknownOptionWithNothingClose_IsNamedWithoutASuggestion()
    {
        var result = await GraderCli.RunAsync("grade", "submission", "-x");

        ShouldBeAUsageError(result, "Error: grade has no option -x.", "grader grade <submission> [options]");
    }

    [Fact]
    public async Task Grade_NoSubmission_SaysWhatTheArgumentIs()
    {
        var result = await GraderCli.RunAsync("grade");

        ShouldBeAUsageError(result,
            "Error: grade needs <submission>, the submission: a student-edition folder (holding exercises/) or its exercises/ folder.",
            "grader grade <submission> [options]");
    }

    [Fact]
    public async Task Grade_TwoSubmissions_NamesTheOneTooMany()
    {
        var result = await GraderCli.RunAsync("grade", "first", "second");

        ShouldBeAUsageError(result, "Error: 'second' is one argument too many: grade takes <submission>.", "grader grade <submission> [options]");
    }

    [Fact]
    public async Task Grade_FormatWithoutAValue_ListsTheFormats()
    {
        var result = await GraderCli.RunAsync("grade", "submission", "--format");

        ShouldBeAUsageError(result, "Error: --format needs a value after it: 'gradescope', 'json', 'junit', 'markdown' or 'text'.",
            "grader grade <submission> [options]");
    }

    [Fact]
    public async Task CheckSchema_UnknownFormat_ListsItsOwnFormats()
    {
        var result = await GraderCli.RunAsync("check-schema", "tool.json", "--format", "yaml");

        ShouldBeAUsageError(result, "Error: --format does not accept 'yaml'. Use 'json' or 'text'.", "grader check-schema <tool.json> [options]");
    }

    private static void ShouldBeAUsageError(CliResult result, string problems, string usage)
    {
        result.ExitCode.Should().Be(1, result.ToString());
        result.Output.Should().BeEmpty("stdout may be where a report goes");
        result.Errors.ReplaceLineEndings("\n").Should().Be(
            $"{problems}\n\nUsage: {usage}\nRun '{usage.Split(" <")[0].Replace(" [options]", "")} --help' to see every option.\n");
    }
}
