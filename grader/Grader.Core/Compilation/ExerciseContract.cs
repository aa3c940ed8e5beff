using Grader.Exercises;
using Grader.Infrastructure;
using Grader.Reports;

namespace Grader.Compilation;

/// <summary>
/// What an exercise promises: its starter files compiled with the grader's own copy of the given files.
/// Learner code is compiled with the same name, references and given files, then compared against it.
/// </summary>
public sealed class ExerciseContract
{
    private readonly Microsoft.CodeAnalysis.Compilation _starter;
    private readonly HashSet<string> _starterFiles;

    private ExerciseContract(
        ExerciseInfo exercise, AssemblyBuilder builder, Microsoft.CodeAnalysis.Compilation starter, byte[] image, HashSet<string> starterFiles)
    {
        Exercise = exercise;
        Builder = builder;
        _starter = starter;
        Image = image;
        _starterFiles = starterFiles;
    }

    public ExerciseInfo Exercise { get; }

    /// <summary>Compiles learner code of this exercise: same assembly name, references and given files as the starter.</summary>
    public AssemblyBuilder Builder { get; }

    /// <summary>The compiled starter, which hidden suites compile against.</summary>
    public byte[] Image { get; }

    public static ExerciseContract Build(ExerciseInfo exercise, ReferenceSet references)
    {
        var (builder, starters) = Prepare(exercise, references);
        var outcome = builder.Build(starters);
        if (!outcome.Succeeded)
        {
            throw new UserError($"The starter files of {exercise.Slug} do not compile, so the grader cannot know its contract:\n  {string.Join("\n  ", outcome.Errors)}");
        }

        return new ExerciseContract(exercise, builder, outcome.Compilation, outcome.Image!, starters.Select(file => file.DisplayPath).ToHashSet());
    }

    /// <summary>The contract from an image compiled earlier from the very same files (see SuiteCache); nothing is emitted again.</summary>
    public static ExerciseContract FromImage(ExerciseInfo exercise, ReferenceSet references, byte[] image)
    {
        var (builder, starters) = Prepare(exercise, references);
        return new ExerciseContract(exercise, builder, builder.Compile(starters), image, starters.Select(file => file.DisplayPath).ToHashSet());
    }

    private static (AssemblyBuilder Builder, List<SourceFile> Starters) Prepare(ExerciseInfo exercise, ReferenceSet references)
    {
        var given = exercise.GivenFiles.Select(file => Read(exercise, file, " (the grader's copy)"));
        var builder = new AssemblyBuilder($"Exercise.{exercise.Slug}", references.Learner, given);
        return (builder, exercise.LearnerFiles.Select(file => Read(exercise, file, "")).ToList());
    }

    /// <summary>Every public type or member of the starter that the learner's compilation lacks or changed.</summary>
    public IReadOnlyList<string> FindBrokenPromises(Microsoft.CodeAnalysis.Compilation learner) =>
        ContractChecker.FindProblems(_starter, _starterFiles, learner);

    /// <summary>
    /// A file as the learner knows it, on one line: compiler messages and reports quote it, and a line break in a file's
    /// name would start a line there that looks like the report's own.
    /// </summary>
    public static string DisplayPath(ExerciseInfo exercise, string relativePath) =>
        $"exercises/{exercise.Slug}/{VisibleText.OneLine(relativePath.Replace('\\', '/'))}";

    private static SourceFile Read(ExerciseInfo exercise, string file, string note) =>
        new(DisplayPath(exercise, file) + note, File.ReadAllText(Path.Combine(exercise.Directory, file)));
}
