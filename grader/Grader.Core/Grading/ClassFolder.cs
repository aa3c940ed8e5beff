using Grader.Infrastructure;
using Grader.Submissions;

namespace Grader.Grading;

/// <summary>A folder of submissions, one per subfolder (as an LMS export unpacks them).</summary>
public static class ClassFolder
{
    public static IReadOnlyList<Submission> Open(string folder, Action<string> warn)
    {
        if (!Directory.Exists(folder))
        {
            throw new UserError($"{folder} is not a folder. Give a folder that holds one subfolder per submission.");
        }

        foreach (var file in Directory.EnumerateFiles(folder).Where(file => !Path.GetFileName(file).StartsWith('.')))
        {
            warn($"Skipped {Path.GetFileName(file)}: a submission is a folder (unpack archives first).");
        }

        var submissions = Directory.EnumerateDirectories(folder)
            .Where(directory => !Path.GetFileName(directory).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .Select(directory => Submission.Open(directory))
            .ToList();
        return submissions.Count > 0
            ? submissions
            : throw new UserError($"{folder} holds no submission folders. Put each submission in its own subfolder.");
    }
}
