using Grader.Infrastructure;

namespace Grader.Submissions;

/// <summary>One learner's work: a student-edition folder holding <c>exercises/</c>, or that <c>exercises/</c> folder itself.</summary>
public sealed record Submission(string Name, string Root, string ExercisesDirectory)
{
    public static Submission Open(string path, string? name = null)
    {
        var root = Path.GetFullPath(path);
        if (!Directory.Exists(root))
        {
            throw new UserError(File.Exists(root)
                ? $"{path} is a file. Give the submission's folder (the one holding exercises/) or its exercises/ folder."
                : $"{path} does not exist. Give the submission's folder (the one holding exercises/) or its exercises/ folder.");
        }

        var nested = Path.Combine(root, "exercises");
        var exercises = Directory.Exists(nested) || !LooksLikeExercisesFolder(root) ? nested : root;
        return new Submission(name ?? Path.GetFileName(root.TrimEnd(Path.DirectorySeparatorChar)), root, exercises);
    }

    private static bool LooksLikeExercisesFolder(string folder) =>
        Path.GetFileName(folder) == "exercises"
        || Directory.EnumerateDirectories(folder).Any(child => char.IsAsciiDigit(Path.GetFileName(child)[0]) && Path.GetFileName(child).Contains('-'));
}
