using Grader.Exercises;
using Grader.Infrastructure;
using Grader.Suites;

namespace Grader.Tests.Suites;

/// <summary>What <c>--suite</c> accepts: a folder of suite folders, or one suite folder, and clear words for anything else.</summary>
public class SuiteLocatorTests : IDisposable
{
    private static readonly RepositoryLayout Repository = RepositoryLayout.Locate();
    private static readonly IReadOnlyList<ExerciseInfo> Exercises = ExerciseCatalog.Load(Repository.Exercises);

    private readonly ScratchSpace _scratch = new();

    [Fact]
    public void Find_CourseSuites_FindsOneSuitePerExercise() =>
        SuiteLocator.Find(Repository.Suites, Exercises).Select(suite => suite.Exercise.Slug)
            .Should().Equal(Exercises.Select(exercise => exercise.Slug));

    [Fact]
    public void Find_OneSuiteFolder_FindsThatSuiteOnly() =>
        SuiteLocator.Find(Path.Combine(Repository.Suites, "02-dispatch-tool-call"), Exercises)
            .Should().ContainSingle().Which.Exercise.Slug.Should().Be("02-dispatch-tool-call");

    [Fact]
    public void Find_SuitesKeptInAGitRepository_IgnoresTheHiddenGitFolder()
    {
        var folder = SuitesWith(".git");

        SuiteLocator.Find(folder, Exercises).Should().HaveCount(Exercises.Count);
    }

    [Fact]
    public void Find_StrayFolderAmongTheSuites_IsNamed()
    {
        var folder = SuitesWith("drafts");

        var find = () => SuiteLocator.Find(folder, Exercises);

        find.Should().Throw<UserError>().WithMessage($"The suite folder {Path.Combine(folder, "drafts")} matches no exercise.*");
    }

    [Fact]
    public void Find_SuiteFolderMisspeltAmongTheSuites_IsToldTheExerciseItLooksLike()
    {
        var folder = SuitesWith("02-Dispatch-Tool-Call");
        Directory.Delete(Path.Combine(folder, "02-dispatch-tool-call"));

        var find = () => SuiteLocator.Find(folder, Exercises);

        find.Should().Throw<UserError>().WithMessage(
            $"The suite folder {Path.Combine(folder, "02-Dispatch-Tool-Call")} matches no exercise. Rename it to 02-dispatch-tool-call, the exercise it looks like.");
    }

    [Fact]
    public void Find_OneSuiteFolderWithAnotherName_IsToldTheExerciseItLooksLike()
    {
        var folder = Path.Combine(_scratch.NewFolder("grader-suites-"), "03-two-tools");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "Tests.cs"), "");

        var find = () => SuiteLocator.Find(folder, Exercises);

        find.Should().Throw<UserError>().WithMessage($"The suite folder {folder} is named like no exercise. Rename it to 03-two-tool-agent, the exercise it looks like.");
    }

    [Fact]
    public void Find_FolderWithNoSuiteAtAll_SaysWhatToGiveInstead()
    {
        var folder = _scratch.NewFolder("grader-not-suites-");
        Directory.CreateDirectory(Path.Combine(folder, "photos"));

        var find = () => SuiteLocator.Find(folder, Exercises);

        find.Should().Throw<UserError>().WithMessage($"{folder} is neither a suite folder nor a folder of suite folders*grader/suites*");
    }

    [Fact]
    public void Find_FileInsteadOfAFolder_SaysItIsAFile()
    {
        var file = _scratch.NewFile();

        var find = () => SuiteLocator.Find(file, Exercises);

        find.Should().Throw<UserError>().WithMessage($"The suite folder {file} is a file. Give a folder of NN-slug suite folders, or one suite folder.");
    }

    [Fact]
    public void Find_ExerciseWithoutASuite_IsNamedRatherThanLeftOutOfTheGrades()
    {
        var folder = SuitesWith(".git");
        Directory.Delete(Path.Combine(folder, Exercises[^1].Slug));

        var find = () => SuiteLocator.Find(folder, Exercises);

        find.Should().Throw<UserError>().WithMessage($"{Exercises[^1].Slug} has no hidden suite in {folder}. Every exercise needs one*--suite*");
    }

    private string SuitesWith(string extraFolder)
    {
        var folder = _scratch.NewFolder("grader-suites-");
        foreach (var exercise in Exercises)
        {
            Directory.CreateDirectory(Path.Combine(folder, exercise.Slug));
        }

        Directory.CreateDirectory(Path.Combine(folder, extraFolder, "objects"));
        return folder;
    }

    public void Dispose() => _scratch.Dispose();
}
