using Grader.Exercises;
using Grader.Infrastructure;

namespace Grader.Compilation;

/// <summary>
/// What an exercise promises: its starter files compiled with the grader's own copy of the given files.
/// Learner code is compiled with the same name, references and given files, then compared against it.
/// </summary>
public sealed class ExerciseContract
{
    private readonly Microsoft.CodeAnalysis.Compilation _starter;
    private readonly HashSet<string> _starterFiles;

    private ExerciseContract(ExerciseInfo exercise, AssemblyBuilder builder, CompilationOutcome starter, HashSet<string> starterFiles)
    {
        Exercise = exercise;
        Builder = builder;
        _starter = starter.Compilation;
        Image = starter.Image!;
        _starterFiles = starterFiles;
    }

    public ExerciseInfo Exercise { get; }

    /// <summary>Compiles learner code of this exercise: same assembly name, references and given files as the starter.</summary>
    public AssemblyBuilder Builder { get; }

    /// <summary>The compiled starter, which hidden suites compile against.</summary>
    public byte[] Image { get; }

    public static ExerciseContract Build(ExerciseInfo exercise, ReferenceSet references)
    {
        var given = exercise.GivenFiles.Select(file => Read(exercise, file, " (the grader's copy)"));
        var builder = new AssemblyBuilder($"Exercise.{exercise.Slug}", references.Learner, given);
        var starters = exercise.LearnerFiles.Select(file => Read(exercise, file, "")).ToList();
        var outcome = builder.Build(starters);
        if (!outcome.Succeeded)
        {
            throw new UserError($"The starter files of {exercise.Slug} do not compile, so the grader cannot know its contract:\n  {string.Join("\n  ", outcome.Errors)}");
        }

        return new ExerciseContract(exercise, builder, outcome, starters.Select(file => file.DisplayPath).ToHashSet());
    }

    /// <summary>Every public type or member of the starter that the learner's compilation lacks or changed.</summary>
    public IReadOnlyList<string> FindBrokenPromises(Microsoft.CodeAnalysis.Compilation learner) =>
        ContractChecker.FindProblems(_starter, _starterFiles, learner);

    public static string DisplayPath(ExerciseInfo exercise, string relativePath) =>
        $"exercises/{exercise.Slug}/{relativePath.Replace('\\', '/')}";

    private static SourceFile Read(ExerciseInfo exercise, string file, string note) =>
        new(DisplayPath(exercise, file) + note, File.ReadAllText(Path.Combine(exercise.Directory, file)));
}
