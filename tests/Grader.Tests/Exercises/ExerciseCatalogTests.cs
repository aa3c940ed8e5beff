using Grader.Exercises;
using Grader.Infrastructure;

namespace Grader.Tests.Exercises;

public class ExerciseCatalogTests : IDisposable
{
    private readonly ScratchSpace _scratch = new();

    [Fact]
    public void Load_ConfiguredFolderWhoseNameIsNotASlug_SaysHowToNameIt()
    {
        var exercises = _scratch.NewFolder("grader-exercises-");
        Directory.CreateDirectory(Path.Combine(exercises, "07-Tool-Choice", ".meta"));
        File.WriteAllText(Path.Combine(exercises, "07-Tool-Choice", ".meta", "config.json"),
            """{"title": "Tool choice", "files": {"solution": ["ToolChoiceBuilder.cs"], "test": [], "given": []}}""");

        var load = () => ExerciseCatalog.Load(exercises);

        load.Should().Throw<UserError>().WithMessage($"{Path.Combine(exercises, "07-Tool-Choice")} has a .meta/config.json, but its name is not an exercise's*02-dispatch-tool-call*");
    }

    [Fact]
    public void Load_FoldersThatAreNoExercises_AreLeftOut()
    {
        var exercises = _scratch.NewFolder("grader-exercises-");
        Directory.CreateDirectory(Path.Combine(exercises, "ToolCalling"));
        Directory.CreateDirectory(Path.Combine(exercises, "01-first", ".meta"));
        File.WriteAllText(Path.Combine(exercises, "01-first", ".meta", "config.json"),
            """{"title": "First", "files": {"solution": ["First.cs"], "test": [], "given": []}}""");

        ExerciseCatalog.Load(exercises).Select(exercise => exercise.Slug).Should().Equal("01-first");
    }

    public void Dispose() => _scratch.Dispose();
}
