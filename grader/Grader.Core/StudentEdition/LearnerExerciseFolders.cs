using Grader.Exercises;
using Grader.Infrastructure;

namespace Grader.StudentEdition;

/// <summary>
/// What each exercise folder needs for a learner, beyond the files the grader reads: the instructions, which the learners'
/// README links to, and a project, without which <c>dotnet test</c> in the edition builds nothing of the exercise.
/// </summary>
internal static class LearnerExerciseFolders
{
    public static void Require(IEnumerable<ExerciseInfo> exercises)
    {
        var problems = exercises.SelectMany(ProblemsOf).ToList();
        if (problems.Count > 0)
        {
            throw new UserError($"The student edition would be incomplete:\n  {string.Join("\n  ", problems)}\n" +
                "\"Adding an exercise\" in the repository's README.md lists what an exercise folder holds.");
        }
    }

    private static IEnumerable<string> ProblemsOf(ExerciseInfo exercise)
    {
        if (!File.Exists(Path.Combine(exercise.Directory, "README.md")))
        {
            yield return $"{exercise.Directory} has no README.md, the instructions the learners' README links to. " +
                "Write there what to build and every rule the tests check.";
        }

        if (!Directory.EnumerateFiles(exercise.Directory, "*.csproj").Any())
        {
            yield return $"{exercise.Directory} has no project file, so dotnet test in the edition would neither build it nor run its " +
                "visible tests. Copy the .csproj of another exercise into it.";
        }
    }
}
