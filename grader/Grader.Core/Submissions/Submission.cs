using Grader.Exercises;
using Grader.Infrastructure;
using Grader.Reports;

namespace Grader.Submissions;

/// <summary>One learner's work: a student-edition folder holding <c>exercises/</c>, or that <c>exercises/</c> folder itself.</summary>
public sealed record Submission(string Name, string Root, string ExercisesDirectory)
{
    public const string ExercisesFolder = "exercises";

    /// <summary>False when no exercises/ folder was found: every exercise is then missing.</summary>
    public bool HasExercises => Directory.Exists(ExercisesDirectory);

    /// <summary>Whether <paramref name="path"/> lies inside the learner's exercises/ folder, where nothing of the grader's may be written.</summary>
    public bool IsInItsExercises(string path)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        return full == ExercisesDirectory || full.StartsWith(ExercisesDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    /// <param name="path">The folder as the user gave it.</param>
    /// <param name="name">The name in reports; by default, the folder's own name.</param>
    /// <param name="notice">Told when the exercises were found somewhere other than where they should be.</param>
    public static Submission Open(string path, string? name = null, Action<string>? notice = null)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new UserError("The submission's folder is empty text. Give the folder that holds exercises/, or exercises/ itself.");
        }

        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        if (NonUtf8Name.Is(root))
        {
            throw new UserError($"{VisibleText.OneLine(path)}: its name is not UTF-8 text, so the grader cannot open it. {NonUtf8Name.Advice}");
        }

        if (!Directory.Exists(root))
        {
            throw new UserError(!File.Exists(root)
                ? $"{path} does not exist. Give the submission's folder (the one holding exercises/) or its exercises/ folder."
                : ArchiveFile.Is(root)
                    ? $"{path} is an archive. Unpack it, then grade the folder it gives (the one holding exercises/)."
                    : $"{path} is a file. Give the submission's folder (the one holding exercises/) or its exercises/ folder.");
        }

        var nested = Path.Combine(root, ExercisesFolder);
        if (Directory.Exists(nested))
        {
            if (ExercisesOneFolderDown(nested) is { } inner)
            {
                // Unpacking exercises.zip into a folder named exercises gives exercises/exercises/; grading the outer one
                // would find every exercise missing and score the learner 0.
                notice?.Invoke($"{VisibleText.OneLine(path)}: graded {VisibleText.OneLine(Path.GetRelativePath(root, inner))}, the only folder in its exercises/ folder.");
                return new Submission(name ?? Path.GetFileName(root), root, inner);
            }

            return new Submission(name ?? Path.GetFileName(root), root, nested);
        }

        if (LooksLikeExercisesFolder(root))
        {
            // Named after the learner's folder around exercises/, as it would be had that folder been given.
            var own = Path.GetFileName(root) == ExercisesFolder && Path.GetDirectoryName(root) is { } parent && Path.GetFileName(parent) is { Length: > 0 } above
                ? above
                : Path.GetFileName(root);
            return new Submission(name ?? own, root, root);
        }

        if (WrappedExercises(root) is { } wrapped)
        {
            // Archives often unpack into one more folder; grading nothing there would score the learner 0 for it.
            // The learner named the folder around exercises/; a line break in it would start a line that looks like the grader's own.
            notice?.Invoke($"{VisibleText.OneLine(path)}: graded {VisibleText.OneLine(Path.GetRelativePath(root, wrapped))}, the only exercises/ folder inside it.");
            return new Submission(name ?? Path.GetFileName(root), root, wrapped);
        }

        return new Submission(name ?? Path.GetFileName(root), root, nested);
    }

    private static string? WrappedExercises(string root) =>
        OnlySubfolder(root) is { } only && Directory.Exists(Path.Combine(only, ExercisesFolder)) ? Path.Combine(only, ExercisesFolder) : null;

    // Only when exercises/ holds none of the course's exercises itself, and one folder that does.
    private static string? ExercisesOneFolderDown(string exercises) =>
        !HoldsCourseExercises(exercises) && OnlySubfolder(exercises) is { } only && HoldsCourseExercises(only) ? only : null;

    private static string? OnlySubfolder(string folder)
    {
        var children = Directory.EnumerateDirectories(folder)
            .Where(child => !Path.GetFileName(child).StartsWith('.') && Path.GetFileName(child) != ArchiveFile.MacMetadataFolder)
            .Take(2)
            .ToList();
        return children is [var only] ? only : null;
    }

    private static bool HoldsCourseExercises(string folder) =>
        Directory.EnumerateDirectories(folder).Any(child => ExerciseCatalog.IsCourseExercise(Path.GetFileName(child)));

    /// <summary>
    /// Whether <paramref name="folder"/> is itself one submission: a student edition (it holds exercises/) or its exercises
    /// folder, under that name or another one.
    /// </summary>
    public static bool IsOneSubmission(string folder)
    {
        try
        {
            return Directory.Exists(Path.Combine(folder, ExercisesFolder)) || LooksLikeExercisesFolder(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    // By the course's own exercise names: a class folder's subfolders (1001-alice) or the golden scenarios' (01-correct-...)
    // also start with digits and a dash, and grading either as exercises would score it 0.
    private static bool LooksLikeExercisesFolder(string folder) =>
        Path.GetFileName(folder) == ExercisesFolder || HoldsCourseExercises(folder);
}
