using Grader.Infrastructure;
using Grader.Submissions;

namespace Grader.Grading;

/// <summary>A folder of submissions, one per subfolder (as an LMS export unpacks them).</summary>
public static class ClassFolder
{
    /// <param name="folder">The class folder.</param>
    /// <param name="warn">Told about each entry that is not graded, and why.</param>
    /// <param name="resultsFolder">Where the reports go. When it is inside the class folder it is no submission.</param>
    public static IReadOnlyList<Submission> Open(string folder, Action<string> warn, string? resultsFolder = null)
    {
        if (!Directory.Exists(folder))
        {
            throw new UserError($"{folder} is not a folder. Give a folder that holds one subfolder per submission.");
        }

        foreach (var file in Directory.EnumerateFiles(folder).Where(file => !Path.GetFileName(file).StartsWith('.')))
        {
            warn($"Skipped {Path.GetFileName(file)}: a submission is a folder (unpack archives first).");
        }

        var results = resultsFolder is null ? null : Path.TrimEndingDirectorySeparator(Path.GetFullPath(resultsFolder));
        var submissions = Directory.EnumerateDirectories(folder)
            .Where(directory => !Path.GetFileName(directory).StartsWith('.'))
            .Where(directory => !IsResultsFolder(directory, results, warn))
            .Order(StringComparer.Ordinal)
            .Select(directory => Submission.Open(directory))
            .ToList();
        return submissions.Count > 0
            ? submissions
            : throw new UserError($"{folder} holds no submission folders. Put each submission in its own subfolder.");
    }

    private static bool IsResultsFolder(string directory, string? results, Action<string> warn)
    {
        if (results is null || !string.Equals(Path.GetFullPath(directory), results, StringComparison.Ordinal))
        {
            return false;
        }

        warn($"Skipped {Path.GetFileName(directory)}: it is the folder the reports go to (--output), not a submission.");
        return true;
    }
}
