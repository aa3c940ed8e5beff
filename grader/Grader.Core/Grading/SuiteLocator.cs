using Grader.Exercises;
using Grader.Infrastructure;

namespace Grader.Grading;

/// <summary>
/// Finds the hidden suites to grade with: a folder of <c>NN-slug</c> suite folders, or one such suite folder.
/// Each suite must belong to an exercise of the course.
/// </summary>
public static class SuiteLocator
{
    public static IReadOnlyList<(ExerciseInfo Exercise, string Directory)> Find(string suitesDirectory, IReadOnlyList<ExerciseInfo> exercises)
    {
        if (!Directory.Exists(suitesDirectory))
        {
            throw new UserError($"The suite folder {suitesDirectory} does not exist. Give a folder of NN-slug suite folders, or one suite folder.");
        }

        var bySlug = exercises.ToDictionary(exercise => exercise.Slug);
        var single = bySlug.ContainsKey(Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(suitesDirectory))));
        var folders = single ? [suitesDirectory] : Directory.EnumerateDirectories(suitesDirectory).Order(StringComparer.Ordinal).ToList();
        var suites = folders.Select(folder =>
        {
            var slug = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
            return bySlug.TryGetValue(slug, out var exercise)
                ? (exercise, folder)
                : throw new UserError($"The suite folder {folder} matches no exercise. Name it after an exercise folder, e.g. {exercises.FirstOrDefault()?.Slug}.");
        }).ToList();

        return suites.Count > 0
            ? suites
            : throw new UserError($"{suitesDirectory} holds no suite folders. Each exercise's hidden suite lives in a folder named after the exercise.");
    }
}
