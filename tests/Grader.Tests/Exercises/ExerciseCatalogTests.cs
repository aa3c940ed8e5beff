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
        File.WriteAllText(Path.Combine(exercises, "01-first", "First.cs"), "namespace Exercises;\n");

        ExerciseCatalog.Load(exercises).Select(exercise => exercise.Slug).Should().Equal("01-first");
    }

    [Fact]
    public void Load_ConfigurationNamingFilesTheFolderLacks_NamesEachFileAndWhatToDo()
    {
        var exercises = _scratch.NewFolder("grader-exercises-");
        var exercise = Path.Combine(exercises, "07-tool-reply");
        Directory.CreateDirectory(Path.Combine(exercise, ".meta"));
        File.WriteAllText(Path.Combine(exercise, ".meta", "config.json"),
            """{"title": "Reply", "files": {"solution": ["ToolReplies.cs"], "test": ["ToolRepliesTests.cs"], "given": ["Greetings.cs"]}}""");
        File.WriteAllText(Path.Combine(exercise, "ToolReplies.cs"), "namespace Exercises;\n");

        var load = () => ExerciseCatalog.Load(exercises);

        load.Should().Throw<UserError>().WithMessage(
            $"{Path.Combine(exercise, ".meta", "config.json")} names ToolRepliesTests.cs (under \"test\"), Greetings.cs (under \"given\"), " +
            $"but {exercise} has no such files. Add them to the exercise folder, or correct the name in config.json.");
    }

    [Fact]
    public void Load_ConfigurationWithANullFileName_SaysWhatAConfigurationHolds()
    {
        var exercises = _scratch.NewFolder("grader-exercises-");
        Directory.CreateDirectory(Path.Combine(exercises, "07-tool-reply", ".meta"));
        File.WriteAllText(Path.Combine(exercises, "07-tool-reply", ".meta", "config.json"),
            """{"title": "Reply", "files": {"solution": [null], "test": [], "given": []}}""");

        var load = () => ExerciseCatalog.Load(exercises);

        load.Should().Throw<UserError>().WithMessage("*is not an exercise configuration: it needs*arrays of file names.");
    }

    public void Dispose() => _scratch.Dispose();
}
