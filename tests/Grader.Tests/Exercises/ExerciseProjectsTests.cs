using Grader.Exercises;
using Grader.Infrastructure;

namespace Grader.Tests.Exercises;

/// <summary>An exercise left out of Exercises.sln is one whose visible tests no run of <c>dotnet test Exercises.sln</c> ever builds.</summary>
public class ExerciseProjectsTests
{
    private static readonly RepositoryLayout Repository = RepositoryLayout.Locate();

    public static TheoryData<string> Slugs() => new(ExerciseCatalog.Load(Repository.Exercises).Select(exercise => exercise.Slug));

    [Theory]
    [MemberData(nameof(Slugs))]
    public void Solution_ListsTheProjectOfEveryExercise(string slug)
    {
        var project = Directory.GetFiles(Path.Combine(Repository.Exercises, slug), "*.csproj").Should().ContainSingle().Subject;
        var solution = File.ReadAllText(Path.Combine(Repository.Root, "Exercises.sln"));

        solution.Contains($"\"exercises\\{slug}\\{Path.GetFileName(project)}\"", StringComparison.Ordinal).Should().BeTrue(
            "dotnet test Exercises.sln runs the visible tests only of the exercises it lists; add this one with " +
            $"dotnet sln Exercises.sln add exercises/{slug}/{Path.GetFileName(project)}");
    }
}
