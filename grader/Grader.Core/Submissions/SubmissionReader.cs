using System.Globalization;
using System.Text;
using Grader.Compilation;
using Grader.Exercises;
using Grader.Infrastructure;

namespace Grader.Submissions;

/// <summary>
/// Collects a submission's sources for one exercise: every .cs file in its folder except the visible tests
/// and the given files (the grader brings its own copies), checked to be real UTF-8 text of sane size.
/// </summary>
internal static class SubmissionReader
{
    public const int MaxFileBytes = 512 * 1024;
    public const int MaxFiles = 200;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", ".meta" };

    public static LearnerFiles Read(Submission submission, ExerciseInfo exercise)
    {
        var folder = Path.Combine(submission.ExercisesDirectory, exercise.Slug);
        if (!Directory.Exists(folder))
        {
            return LearnerFiles.Missing($"The folder exercises/{exercise.Slug} is not in the submission.{Misnamed(submission, exercise)}");
        }

        if (LinkedFolderOnTheWay(submission, folder) is { } linkedAbove)
        {
            return LinkedFolder(DisplayPath(submission, linkedAbove));
        }

        var found = new List<string>();
        try
        {
            if (CollectSources(folder, found) is { } unfollowed)
            {
                var display = ExerciseContract.DisplayPath(exercise, Path.GetRelativePath(folder, unfollowed));
                return NonUtf8Name.Is(unfollowed) ? LearnerFiles.Rejected(NonUtf8(display, "folder")) : LinkedFolder(display);
            }
        }
        catch (PathTooLongException)
        {
            return LearnerFiles.Rejected($"exercises/{exercise.Slug} holds folders nested so deep that their path is longer than the system allows. " +
                "Move the files up into fewer folders and grade the submission again.");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var why = exception is UnauthorizedAccessException ? "permission denied" : "the system could not list it";
            return LearnerFiles.Rejected($"exercises/{exercise.Slug}, or a folder inside it, could not be read ({why}). " +
                "Make its folders readable and grade the submission again.");
        }

        // Looked for in the listing, not on disk: in a folder that cannot be read, every file would look missing. A learner
        // file may sit anywhere in the exercise's folder, as every other source may: the contract is checked by type, not by file.
        var missing = exercise.LearnerFiles.Where(file => !found.Any(path => Path.GetFileName(path) == Path.GetFileName(file))).ToList();
        if (missing.Count > 0)
        {
            return LearnerFiles.Missing($"{string.Join(", ", missing.Select(file => ExerciseContract.DisplayPath(exercise, file)))} is missing from the submission.");
        }

        // By name, as learner files are found: a given file moved into a folder is still the grader's to supply.
        var skipped = exercise.TestFiles.Concat(exercise.GivenFiles).Select(Path.GetFileName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var paths = found.Order(StringComparer.Ordinal).Where(path => !skipped.Contains(Path.GetFileName(path))).ToList();
        if (paths.Count > MaxFiles)
        {
            return LearnerFiles.Rejected($"exercises/{exercise.Slug} holds {paths.Count} .cs files; the grader reads at most {MaxFiles}. " +
                "Remove the files the exercise does not use (copies, backups) and grade the submission again.");
        }

        var sources = new List<SourceFile>();
        foreach (var path in paths)
        {
            var display = ExerciseContract.DisplayPath(exercise, Path.GetRelativePath(folder, path));
            var problem = TryRead(submission, path, display, out var text);
            if (problem is not null)
            {
                return LearnerFiles.Rejected(problem);
            }

            sources.Add(new SourceFile(display, text));
        }

        return new LearnerFiles(sources, null, null);
    }

    private static string Misnamed(Submission submission, ExerciseInfo exercise)
    {
        if (MisnamedFolder.Find(submission.ExercisesDirectory, exercise.Slug) is { } folder)
        {
            return $" exercises/{folder} is there; rename it to {exercise.Slug}.";
        }

        return !submission.HasExercises && MisnamedFolder.Find(submission.Root, Submission.ExercisesFolder) is { } exercises
            ? $" {exercises}/{exercise.Slug} is there; rename {exercises} to {Submission.ExercisesFolder}."
            : "";
    }

    private static string NonUtf8(string display, string what) =>
        $"{display}: the name of this {what} is not UTF-8 text, so the grader cannot open it. {NonUtf8Name.Advice}";

    private static LearnerFiles LinkedFolder(string display) => LearnerFiles.Rejected(
        $"{display} is a symbolic link to a folder; the grader does not follow linked folders. Put the folder itself in the submission.");

    // The exercise's folder, exercises/ or a folder around it could itself be a link to any folder of the grading
    // machine (the reference solutions, for one), whose files would then be read as the learner's own. Only the
    // submission's root may be a link: whoever assembled the class chose it.
    private static string? LinkedFolderOnTheWay(Submission submission, string folder)
    {
        for (var current = folder;
             current.Length > submission.Root.Length && current.StartsWith(submission.Root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
             current = Path.GetDirectoryName(current)!)
        {
            if (new DirectoryInfo(current).LinkTarget is not null)
            {
                return current;
            }
        }

        return null;
    }

    private static string DisplayPath(Submission submission, string path)
    {
        var relative = path.StartsWith(submission.ExercisesDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? "exercises/" + Path.GetRelativePath(submission.ExercisesDirectory, path)
            : Path.GetRelativePath(submission.Root, path);
        return relative.Replace(Path.DirectorySeparatorChar, '/');
    }

    // Collects the .cs files below the folder and returns the first folder it does not enter, if any: a linked folder
    // could bring in any source on the grading machine (a reference solution, for one), or loop back on itself, and one
    // whose name is not UTF-8 cannot be opened. A linked file is checked on its own, when it is read.
    private static string? CollectSources(string folder, List<string> found)
    {
        found.AddRange(Directory.EnumerateFiles(folder, "*.cs"));
        foreach (var child in Directory.EnumerateDirectories(folder).Where(child => !SkippedFolders.Contains(Path.GetFileName(child))))
        {
            if (new DirectoryInfo(child).LinkTarget is not null || NonUtf8Name.Is(child))
            {
                return child;
            }

            if (CollectSources(child, found) is { } linked)
            {
                return linked;
            }
        }

        return null;
    }

    private static string? TryRead(Submission submission, string path, string display, out string text)
    {
        text = "";
        if (NonUtf8Name.Is(path))
        {
            return NonUtf8(display, "file");
        }

        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            // Every link along the way is followed, folders included: a link into a linked folder beside exercises/
            // would otherwise pass for a file of the submission.
            if (RealPath.Of(path) is not { } target)
            {
                return $"{display} is a symbolic link that cannot be followed to a file (it leads round in a loop, or through too many other links). " +
                    "Replace it with the file itself.";
            }

            if (!RealPath.IsInside(target, submission.Root))
            {
                return $"{display} is a symbolic link to a file outside the submission; the grader does not follow it. Replace it with the file itself.";
            }

            info = new FileInfo(target);
            if (!info.Exists)
            {
                return $"{display} is a symbolic link to a file that does not exist. Replace it with the file itself.";
            }
        }

        try
        {
            return Decode(info, display, out text);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The system's message names the file by its path on the grading machine, which is nobody's business in a report.
            var why = exception is UnauthorizedAccessException ? "permission denied" : "the system could not read it";
            return $"{display} could not be read ({why}). Make it a readable file and grade the submission again.";
        }
    }

    private static string? Decode(FileInfo info, string display, out string text)
    {
        text = "";
        if (info.Length > MaxFileBytes)
        {
            var size = (info.Length / 1024).ToString("N0", CultureInfo.InvariantCulture);
            return $"{display} is {size} KB; the grader reads source files of at most {MaxFileBytes / 1024} KB. " +
                "Split it into smaller files, or remove what the exercise does not need, and grade the submission again.";
        }

        // Opening a named pipe waits for a writer that never comes; it, a socket and an empty file all have no bytes
        // to read, so none of them is opened.
        if (info.Length == 0)
        {
            return null;
        }

        var bytes = File.ReadAllBytes(info.FullName);
        try
        {
            text = StrictUtf8.GetString(bytes);
            return text.Contains('\0') ? $"{display} contains NUL bytes: it looks like a binary file, not C# source." : null;
        }
        catch (DecoderFallbackException exception)
        {
            var line = exception.Index < 0 ? null : $" (line {bytes.AsSpan(0, exception.Index).Count((byte)'\n') + 1})";
            return $"{display} is not UTF-8 text{line}: it holds a byte that UTF-8 does not allow. Save the file as UTF-8.";
        }
    }
}
