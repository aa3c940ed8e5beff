using Grader.Infrastructure;
using Grader.StudentEdition;
using Grader.Tests.Grading;
using ToolCalling.Testing;

namespace Grader.Tests.StudentEdition;

/// <summary>The edition learners receive, exported and used the way a learner uses it.</summary>
// A collection of its own, so that its builds run beside the grading tests rather than after them: these are the slowest
// tests, and the grading tests' time limits are seconds for acts that take milliseconds, so sharing the processor is safe.
public class StudentEditionTests : IDisposable
{
    private static readonly RepositoryLayout Repository = RepositoryLayout.Locate();

    private readonly ScratchSpace _scratch = new();

    [Fact]
    public void Export_HoldsTheExercisesAndNothingMeantForInstructors()
    {
        var edition = Export();

        File.Exists(Path.Combine(edition, "README.md")).Should().BeTrue();
        File.Exists(Path.Combine(edition, "Exercises.slnx")).Should().BeTrue();
        File.ReadAllText(Path.Combine(edition, "exercises", "02-dispatch-tool-call", "ToolDispatcher.cs"))
            .Should().Be(File.ReadAllText(Path.Combine(Repository.Exercises, "02-dispatch-tool-call", "ToolDispatcher.cs")), "learners get the starter");
        Directory.Exists(Path.Combine(edition, "solutions")).Should().BeFalse();
        Directory.Exists(Path.Combine(edition, "grader")).Should().BeFalse();
        Directory.Exists(Path.Combine(edition, "tests")).Should().BeFalse();
        File.Exists(Path.Combine(edition, "Directory.Build.targets")).Should().BeFalse("that file swaps in the reference solutions");
        Directory.EnumerateFiles(edition, "*", SearchOption.AllDirectories)
            .Should().NotContain(path => path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") || path.EndsWith(".trx"));
        File.ReadAllText(Path.Combine(edition, "Directory.Packages.props")).Should().NotContain("Microsoft.CodeAnalysis");
        File.ReadAllText(Path.Combine(edition, "README.md")).Should().Contain("exercises/01-search-products-schema/README.md").And.NotContain("{{")
            .And.NotContain("packages/", "this edition came without them");
    }

    [Fact]
    public void Export_EmptyFolderName_IsAUserError()
    {
        var export = () => new StudentEditionExporter(Repository).Export("");

        export.Should().Throw<UserError>().WithMessage("The folder for the student edition is empty.*");
    }

    [Fact]
    public void Export_IntoTheExercisesItCopies_IsRefusedAtOnce()
    {
        var course = _scratch.NewFolder("grader-course-");
        var exercises = Directory.CreateDirectory(Path.Combine(course, "exercises")).FullName;
        var target = Path.Combine(exercises, "edition");

        var export = () => new StudentEditionExporter(new RepositoryLayout(course)).Export(target);

        export.Should().Throw<UserError>().Which.Message.Should()
            .Be($"{target} is inside {exercises}, the folder the student edition is copied from. Choose a folder outside it.");
        Directory.EnumerateFileSystemEntries(exercises).Should().BeEmpty();
    }

    [Theory]
    [InlineData("README.md", "has no README.md, the instructions the learners' README links to")]
    [InlineData("DispatchToolCall.csproj", "has no project file, so dotnet test in the edition would neither build it nor run its visible tests")]
    public void Export_ExerciseFolderWithoutAFileLearnersNeed_IsRefusedNamingTheFolderAndTheFile(string file, string problem)
    {
        var course = CopyOfTheCourse();
        var exercise = Path.Combine(course, "exercises", "02-dispatch-tool-call");
        File.Delete(Path.Combine(exercise, file));
        var target = Path.Combine(_scratch.NewFolder("grader-edition-"), "edition");

        var export = () => new StudentEditionExporter(new RepositoryLayout(course)).Export(target);

        export.Should().Throw<UserError>().WithMessage($"The student edition would be incomplete:\n  {exercise} {problem}.*Adding an exercise*");
        Directory.Exists(target).Should().BeFalse();
    }

    [Fact]
    public void Export_IntoAFolderThatTakesNoNewEntries_IsAUserErrorBeforeAnythingIsCopied()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var export = () => new StudentEditionExporter(Repository).Export("/proc/student-edition");

        export.Should().Throw<UserError>()
            .WithMessage("Cannot write into the folder /proc for the student edition /proc/student-edition: it does not take new files.*");
    }

    // One run of dotnet test serves two checks: it is the slowest step of these tests.
    [Fact]
    public async Task Untouched_WithPackagesOnAMachineWhoseNuGetCacheIsEmpty_EveryVisibleTestFailsWithItsTeachingMessage()
    {
        var edition = Export(withPackages: true);
        var emptyCache = _scratch.NewFolder("grader-empty-nuget-cache-");

        var results = await DotnetTest.RunAsync(edition, new Dictionary<string, string> { ["NUGET_PACKAGES"] = emptyCache });

        results.Should().HaveCountGreaterThan(20);
        results.Should().OnlyContain(result => result.Outcome == "Failed", "an untouched starter passes nothing");
        results.Should().OnlyContain(result => result.Message.Contains("NotImplementedException") && result.Message.Contains("README.md"),
            "each failure should tell the learner what to implement, not crash: {0}", string.Join("\n", results.Take(3)));
        Directory.EnumerateDirectories(emptyCache).Should().Contain(path => Path.GetFileName(path) == "xunit", "the packages came from the edition");
        File.ReadAllText(Path.Combine(edition, "nuget.config")).Should().Contain("<clear />").And.Contain("value=\"packages\"");
        Directory.EnumerateDirectories(Path.Combine(edition, "packages")).Select(Path.GetFileName)
            .Should().Contain(["fluentassertions", "moq", "njsonschema", "microsoft.net.test.sdk"])
            .And.NotContain(name => name!.StartsWith("microsoft.codeanalysis") || name == "system.commandline" || name == "spectre.console",
                "only what the exercises use is bundled");
    }

    [Fact]
    public void ExportWithPackages_LeavesNoRestoreOutputBehind()
    {
        var edition = Export(withPackages: true);

        Directory.EnumerateDirectories(edition, "obj", SearchOption.AllDirectories).Should().BeEmpty();
        File.ReadAllText(Path.Combine(edition, "README.md")).Should().Contain("- `packages/` and `nuget.config`: ").And.NotContain("{{");
        Directory.EnumerateFiles(Path.Combine(edition, "packages"), "*", SearchOption.AllDirectories)
            .Should().OnlyContain(path => path.EndsWith(".nupkg") || path.EndsWith(".nupkg.sha512") || path.EndsWith(".nuspec"),
                "a local feed needs the packages, not the cache's unpacked copies");
    }

    [SkippableFact]
    public void ExportWithPackages_WhenThePackagesCannotBeFound_IsAUserErrorThatLeavesNothingBehind()
    {
        Skip.If(Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 },
            "NUGET_PACKAGES is set, and it overrides the empty package folder this test needs.");
        // NuGet reads the nuget.config of every folder above the edition: this one offers no package at all.
        var parent = _scratch.NewFolder("grader-no-packages-");
        var emptyCache = Directory.CreateDirectory(Path.Combine(parent, "cache")).FullName;
        File.WriteAllText(Path.Combine(parent, "nuget.config"), $"""
            <configuration>
              <config><add key="globalPackagesFolder" value="{emptyCache}" /></config>
              <packageSources><clear /><add key="nowhere" value="{Path.Combine(parent, "no-such-feed")}" /></packageSources>
            </configuration>
            """);
        var target = Path.Combine(parent, "edition");

        var export = () => new StudentEditionExporter(Repository).Export(target, withPackages: true);

        export.Should().Throw<UserError>().WithMessage(
            "dotnet restore of the student edition failed, so its packages could not be gathered:\n  NU1301: *no-such-feed*run `dotnet restore Exercises.sln` in the course repository once, then export again.");
        Directory.EnumerateFileSystemEntries(parent).Select(Path.GetFileName).Should().BeEquivalentTo(["nuget.config", "cache"],
            "neither the edition nor its temporary folder is left behind");
    }

    [Fact]
    public async Task WithCorrectCodeInOtherStyles_EveryVisibleTestPasses()
    {
        var edition = Export();
        string[] variants = ["01-correct-raw-json", "02-correct-pattern-matching", "03-correct-switch-on-names",
            "04-correct-while-loop", "05-correct-concurrent-calls", "06-correct-json-tools-and-records"];
        foreach (var variant in variants)
        {
            Overlay(edition, variant);
        }

        var results = await DotnetTest.RunAsync(edition);

        results.Where(result => !result.Passed).Should().BeEmpty("correct code in any reasonable style passes every visible test");
    }

    [Fact]
    public async Task WithTypicalMistakes_TheMatchingTestsFailAndSayWhichMistake()
    {
        var edition = Export();
        var expectations = new Dictionary<string, string>
        {
            ["01-mistake-vague-description"] = "Function_description_says_what_it_searches",
            ["02-mistake-arguments-not-parsed"] = "Passes_the_parsed_arguments_to_the_function",
            ["03-mistake-hardcoded-tool-call-id"] = "ProcessToolCalls_answers_every_call_in_order",
            ["04-mistake-forgets-assistant-message"] = "Sends_the_assistant_message_and_then_the_tool_result",
            ["05-mistake-tool-exception-crashes"] = "A_function_that_throws_gives_an_error_object_with_its_message",
            ["06-mistake-location-instead-of-city"] = "Tool_schemas_accept_arguments_the_model_may_send(name: \"get_weather\"",
        };
        foreach (var variant in expectations.Keys)
        {
            Overlay(edition, variant);
        }

        var results = await DotnetTest.RunAsync(edition);

        foreach (var (variant, test) in expectations)
        {
            results.Where(result => result.Name.Contains(test, StringComparison.Ordinal))
                .Should().NotBeEmpty().And.OnlyContain(result => !result.Passed, "{0} makes {1} fail", variant, test);
        }

        results.Where(result => !result.Passed).Should().OnlyContain(result => !result.Message.Contains("NotImplementedException"),
            "every exercise has code now, so no failure may be a crash of the starter kind");
        results.Should().Contain(result => result.Passed, "each mistake breaks some rules, not all of them");
        results.Where(result => !result.Passed).Should().Contain(result => result.Message.Contains("Likely mistake"),
            "failures name the likely mistake");
    }

    [Fact]
    public async Task WithMistakesThatLookAlikeAnother_EachFailureNamesItsOwn()
    {
        var edition = Export();
        foreach (var variant in new[] { "01-edge-wrong-shapes", "02-mistake-function-called-twice", "03-mistake-uses-own-registry",
            "04-mistake-stops-after-one-round", "05-mistake-max-rounds-counts-requests", "06-mistake-max-rounds-counts-requests" })
        {
            Overlay(edition, variant);
        }

        var results = await DotnetTest.RunAsync(edition);

        Failure(results, "Passes_the_parsed_arguments_to_the_function").Should().Contain("get_weather called 2 times")
            .And.NotContain("not as text", "the function got an object, twice");
        Failure(results, "ProcessToolCalls_puts_each_result_in_its_own_message").Should().Contain("Use the registry you are given")
            .And.NotContain("tool_call_id", "every message carries the id of its call");
        Failure(results, "Keeps_looping_until_the_model_answers_with_text").Should().Contain("the loop stops after the first round")
            .And.NotContain("the guard counts requests", "the loop has a guard; it returns after one round whatever the model says");
        foreach (var guard in new[] { "ResilientToolRunnerTests.Stops_a_model_that_never_stops", "WeatherCalculatorAgentTests.Stops_a_model_that_never_stops" })
        {
            Failure(results, guard).Should().Contain("the guard counts requests instead of rounds", "the loop stopped one round early");
        }
        results.Where(result => !result.Passed).Should().NotContain(
            result => result.Message.Contains("to be true", StringComparison.Ordinal) || result.Message.Contains("System.Text.Json.Nodes", StringComparison.Ordinal),
            "a failure speaks of the learner's JSON, not of the test's C# expressions or types");
    }

    [Fact]
    public async Task WithResultsWrappedOrSwapped_OnlyASwappedResultIsBlamedOnTheToolCallIds()
    {
        string[] contentTests = ["Answers_every_parallel_call_with_its_own_id_in_one_round", "ProcessToolCallsSafely_answers_every_call_in_order_with_its_own_id"];

        var wrapped = await RunSolutionsWith(ResultMistakes.WrapEachResult);
        var swapped = await RunSolutionsWith(ResultMistakes.SwapTheResults);

        foreach (var test in contentTests)
        {
            Failure(wrapped, test).Should().NotContain(CommonMistakes.ToolCallIdMismatched, "each message holds its own call's result, wrapped");
            Failure(swapped, test).Should().Contain(CommonMistakes.ToolCallIdMismatched, "a message holds the result of another call");
        }

        wrapped.Where(result => !result.Passed).Should().NotContain(result => result.Message.Contains(CommonMistakes.ToolCallIdMismatched),
            "no message answers another call");
    }

    [Fact]
    public async Task WithAToolThatThrowsInTheRetryAfterAFault_FailuresSayWhereItThrewAndDoNotBlameTheFault()
    {
        var edition = Export();
        Overlay(edition, "06-mistake-unit-required-without-try");

        var results = await DotnetTest.RunAsync(Path.Combine(edition, "exercises", "06-weather-calculator-agent"));

        foreach (var test in new[] { "Broken_arguments_from_the_model", "A_function_the_model_invents" })
        {
            Failure(results, test).Should().Contain("Thrown at WeatherCalculatorAgent.cs, line ")
                .And.Contain("get_weather reads unit as if it were required")
                .And.NotContain("parsed outside the try", "the broken call got its error result; the retry threw")
                .And.NotContain("unknown function is not handled", "the invented function got its error result; the retry threw");
        }
    }

    [Fact]
    public async Task WithEveryArgumentRequiredAndTwoUntyped_TheRulesOfThoseTwoFailForWantOfTheirOwnCheck()
    {
        var edition = Export();
        Overlay(edition, "01-mistake-all-required-untyped");

        var results = await DotnetTest.RunAsync(Path.Combine(edition, "exercises", "01-search-products-schema"));

        var typeRules = results.Where(result => result.Name.Contains("Parameters_reject_arguments_that_break_the_rules", StringComparison.Ordinal)).ToList();
        typeRules.Where(result => result.Name.Contains("max_price", StringComparison.Ordinal) || result.Name.Contains("in_stock", StringComparison.Ordinal))
            .Should().HaveCount(2).And.OnlyContain(result => !result.Passed && result.Message.Contains("but only for other reasons"),
                "a sample rejected only because the arguments it leaves out are required shows nothing about its own rule");
        typeRules.Where(result => result.Name.Contains("\"query\"", StringComparison.Ordinal) || result.Name.Contains("\"category\"", StringComparison.Ordinal))
            .Should().HaveCount(2).And.OnlyContain(result => result.Passed, "query and category are still checked by type and enum");
    }

    private static string Failure(IReadOnlyList<VisibleTestResult> results, string test) =>
        results.Should().ContainSingle(result => result.Name.Contains(test, StringComparison.Ordinal) && !result.Passed).Which.Message;

    // The reference solutions of exercises 04 and 05 with the mistakes made in them, tested as a learner would test them.
    private async Task<List<VisibleTestResult>> RunSolutionsWith(SolutionEdit[] mistakes)
    {
        var exercises = Path.Combine(Export(), "exercises");
        var results = new List<VisibleTestResult>();
        foreach (var mistake in mistakes)
        {
            SourceTree.Copy(Path.Combine(Repository.Solutions, mistake.Exercise), Path.Combine(exercises, mistake.Exercise), overwrite: true);
            mistake.ApplyTo(exercises);
            results.AddRange(await DotnetTest.RunAsync(Path.Combine(exercises, mistake.Exercise)));
        }

        return results;
    }

    private static void Overlay(string edition, string scenario)
    {
        var files = Path.Combine(Repository.Scenarios, scenario, "files");
        SourceTree.Copy(files, Path.Combine(edition, "exercises"), overwrite: true);
    }

    private string Export(bool withPackages = false)
    {
        var folder = _scratch.Keep(Path.Combine(Path.GetTempPath(), "grader-student-edition-" + Guid.NewGuid().ToString("N")));
        new StudentEditionExporter(Repository).Export(folder, withPackages);
        return folder;
    }

    // What the exporter reads of a course: its exercises, the build files at its root and the learners' README template.
    private string CopyOfTheCourse()
    {
        var course = _scratch.NewFolder("grader-course-");
        SourceTree.Copy(Repository.Exercises, Path.Combine(course, "exercises"));
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json", ".editorconfig", ".gitignore" })
        {
            File.Copy(Path.Combine(Repository.Root, file), Path.Combine(course, file));
        }

        var template = new RepositoryLayout(course).StudentEditionTemplate;
        Directory.CreateDirectory(template);
        File.Copy(Path.Combine(Repository.StudentEditionTemplate, "README.md"), Path.Combine(template, "README.md"));
        return course;
    }

    public void Dispose() => _scratch.Dispose();
}
