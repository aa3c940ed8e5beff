using System.Text;
using Grader.Infrastructure;
using Grader.Reports;
using Grader.Submissions;
using ToolCalling.Testing;

namespace Grader.Grading;

/// <summary>A folder of submissions, one per subfolder (as an LMS export unpacks them).</summary>
public static class ClassFolder
{
    /// <summary>
    /// The longest folder name a submission can have: its reports are named &lt;name&gt;.json and &lt;name&gt;.error.json,
    /// and most file systems take names of at most 255 bytes.
    /// </summary>
    public const int MaxNameBytes = 255 - 11;

    /// <param name="folder">The class folder.</param>
    /// <param name="warn">Told about each entry that is not graded, and why.</param>
    /// <param name="resultsFolder">Where the reports go. When it is inside the class folder it is no submission.</param>
    public static IReadOnlyList<Submission> Open(string folder, Action<string> warn, string? resultsFolder = null)
    {
        if (string.IsNullOrWhiteSpace(folder))
        {
            throw new UserError("The class folder is empty text. Give a folder that holds one subfolder per submission.");
        }

        if (NonUtf8Name.Is(folder))
        {
            throw new UserError($"{VisibleText.OneLine(folder)}: its name is not UTF-8 text, so the grader cannot open it. {NonUtf8Name.Advice}");
        }

        if (!Directory.Exists(folder))
        {
            throw new UserError($"{folder} {(File.Exists(folder) ? "is a file" : "does not exist")}. Give a folder that holds one subfolder per submission.");
        }

        if (Submission.IsOneSubmission(folder))
        {
            throw new UserError($"{folder} is one submission (a student edition or its exercises/ folder), not a class folder. " +
                "Grade it with `grade`, or give grade-all the folder that holds one subfolder per submission.");
        }

        foreach (var file in Directory.EnumerateFiles(folder).Where(file => !Path.GetFileName(file).StartsWith('.')))
        {
            warn(new FileInfo(file).LinkTarget is { } target && SymbolicLink.LeadsNowhere(file)
                ? $"Skipped {VisibleText.OneLine(Path.GetFileName(file))}: it is a link to {VisibleText.OneLine(target)}, which does not exist (moved, or not unpacked yet?)."
                : ArchiveFile.Is(file)
                    ? $"Skipped {VisibleText.OneLine(Path.GetFileName(file))}: it is an archive, and a submission is a folder. To grade it, unpack it into a folder of its own here and run again."
                    : $"Skipped {VisibleText.OneLine(Path.GetFileName(file))}: it is a file, and a submission is a folder.");
        }

        // An empty --output is reported by the check of --output itself.
        var results = string.IsNullOrWhiteSpace(resultsFolder) ? null : Path.TrimEndingDirectorySeparator(Path.GetFullPath(resultsFolder));
        RefuseResultsAmongSubmissions(folder, results);
        var submissions = Directory.EnumerateDirectories(folder)
            .Where(directory => !Path.GetFileName(directory).StartsWith('.'))
            .Where(directory => !HasNonUtf8Name(directory, warn))
            .Where(directory => !IsArchiveMetadata(directory, warn))
            .Where(directory => !IsResultsFolder(directory, results, warn))
            .Where(directory => !IsEarlierResults(directory, warn))
            .Order(StringComparer.Ordinal)
            .Select(directory => Submission.Open(directory, notice: warn))
            .ToList();
        if (submissions.Count == 0)
        {
            throw new UserError(NoSubmissionFolders(folder));
        }

        if (submissions.All(submission => !submission.HasExercises))
        {
            throw new UserError(NoneHoldsExercises(folder, submissions));
        }

        foreach (var empty in submissions.Where(submission => !submission.HasExercises))
        {
            var hint = NoExercisesFolder.Hint(empty.Root) is { } found ? $" ({VisibleText.OneLine(found)})" : "";
            warn($"{VisibleText.OneLine(empty.Name)} holds no exercises/ folder{hint}: every exercise will be graded as missing.");
        }

        // Found now, before any grading, rather than when the first report cannot be written.
        var tooLong = submissions.FirstOrDefault(submission => Encoding.UTF8.GetByteCount(submission.Name) > MaxNameBytes);
        if (tooLong is not null)
        {
            throw new UserError(
                $"The submission folder {VisibleText.OneLine(tooLong.Name[..40])}... has a name of {Encoding.UTF8.GetByteCount(tooLong.Name)} bytes, too long to name its report after it. " +
                $"Rename it to at most {MaxNameBytes} bytes and run again.");
        }

        // A clash of upper and lower case alone is found once the results folder exists, on its own file system.
        return ReportFileClash.Find(submissions.Select(submission => submission.Name), ignoringCase: false) is { } clash
            ? throw new UserError(clash.Message)
            : submissions;
    }

    // A learning platform's export often holds one archive per learner, none of them unpacked yet.
    private static string NoSubmissionFolders(string folder)
    {
        var archives = Directory.EnumerateFiles(folder).Count(ArchiveFile.Is);
        return archives == 0
            ? $"{folder} holds no submission folders. Put each submission in its own subfolder."
            : $"{folder} holds no submission folders, only {Teaching.Count(archives, "archive")}. " +
              "Unpack each into a folder of its own here, named after its learner, and run again.";
    }

    // Grading every folder as missing would write a gradebook of zeros for a class that was never looked at: most
    // likely the folder is one level too high or too low, or the archives are still packed.
    private static string NoneHoldsExercises(string folder, IReadOnlyList<Submission> submissions)
    {
        var none = submissions.Count == 1
            ? $"The one subfolder of {folder} holds no exercises/ folder"
            : $"None of the {submissions.Count} subfolders of {folder} hold an exercises/ folder";
        var deeper = submissions.Select(submission => submission.Root)
            .SelectMany(SafeSubfolders)
            .FirstOrDefault(sub => Directory.Exists(Path.Combine(sub, Submission.ExercisesFolder)));
        var asFile = submissions.Select(submission => Path.Combine(submission.Root, Submission.ExercisesFolder)).FirstOrDefault(File.Exists);
        var advice = (deeper, asFile) switch
        {
            ({ } nested, _) => $"The submissions seem to sit one level deeper, as in {Path.GetRelativePath(folder, nested)}: give grade-all {Path.GetDirectoryName(nested)}, or move each submission up a level.",
            (null, { } file) => $"{file} is a file where the learner's exercises/ folder should be: put the folder there in its place.",
            _ => "Give grade-all the folder whose subfolders are the submissions, each holding exercises/ (unpack archives first).",
        };
        return $"{none}, so there is nothing to grade. {advice}";
    }

    private static IEnumerable<string> SafeSubfolders(string folder)
    {
        try
        {
            return Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    // Such a folder cannot be opened at all; refusing the class for it would leave every other learner ungraded.
    private static bool HasNonUtf8Name(string directory, Action<string> warn)
    {
        if (!NonUtf8Name.Is(directory))
        {
            return false;
        }

        warn($"Skipped {VisibleText.OneLine(Path.GetFileName(directory))}: its name is not UTF-8 text, so the grader cannot open it. " +
            $"{NonUtf8Name.Advice} Then run again with --resume to grade it too.");
        return true;
    }

    // A class downloaded as a zip made on a Mac unpacks with this folder beside the submissions; it would get a row of zeros.
    private static bool IsArchiveMetadata(string directory, Action<string> warn)
    {
        if (Path.GetFileName(directory) != ArchiveFile.MacMetadataFolder)
        {
            return false;
        }

        warn($"Skipped {ArchiveFile.MacMetadataFolder}: it holds what macOS adds to a zip archive, not a submission.");
        return true;
    }

    // The reports would lie beside the submissions, where the next run takes each of them for a stray file; or inside
    // one learner's work, where they do not belong.
    private static void RefuseResultsAmongSubmissions(string folder, string? results)
    {
        if (results is null)
        {
            return;
        }

        var classFolder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        if (results == classFolder)
        {
            throw new UserError($"--output is the class folder itself: the reports would lie among the submissions. " +
                $"Choose a folder outside it, or a subfolder of its own such as {Path.Combine(folder, "results")}.");
        }

        var inside = Directory.EnumerateDirectories(classFolder)
            .FirstOrDefault(directory => results.StartsWith(directory + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        if (inside is not null && Directory.Exists(Path.Combine(inside, Submission.ExercisesFolder)))
        {
            throw new UserError($"--output is inside the submission {VisibleText.OneLine(Path.GetFileName(inside))}: the reports would go into a learner's work. " +
                "Choose a folder outside the class folder, or a subfolder of its own.");
        }
    }

    // Left by an earlier run whose --output was inside the class folder: graded, it would get a row of zeros.
    private static bool IsEarlierResults(string directory, Action<string> warn)
    {
        if (Directory.Exists(Path.Combine(directory, Submission.ExercisesFolder)) || !File.Exists(Path.Combine(directory, ClassGrader.GradebookFile)))
        {
            return false;
        }

        warn($"Skipped {VisibleText.OneLine(Path.GetFileName(directory))}: it holds {ClassGrader.GradebookFile}, the results of an earlier run, not a submission.");
        return true;
    }

    private static bool IsResultsFolder(string directory, string? results, Action<string> warn)
    {
        if (results is null || !string.Equals(Path.GetFullPath(directory), results, StringComparison.Ordinal))
        {
            return false;
        }

        if (Directory.Exists(Path.Combine(directory, Submission.ExercisesFolder)))
        {
            throw new UserError($"--output is the folder of the submission {VisibleText.OneLine(Path.GetFileName(directory))}: the reports would go into a learner's work. " +
                "Choose a folder outside the class folder, or a new one.");
        }

        warn($"Skipped {VisibleText.OneLine(Path.GetFileName(directory))}: it is the folder the reports go to (--output), not a submission.");
        return true;
    }
}
