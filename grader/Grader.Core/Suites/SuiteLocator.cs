using Grader.Exercises;
using Grader.Infrastructure;
using Grader.Submissions;

namespace Grader.Suites;

/// <summary>
/// Finds the hidden suites to grade with: a folder of <c>NN-slug</c> suite folders, or one such suite folder.
/// Each suite must belong to an exercise of the course, and a folder of suites must hold one for every exercise.
/// </summary>
internal static class SuiteLocator
{
    public static IReadOnlyList<(ExerciseInfo Exercise, string Directory)> Find(string suitesDirectory, IReadOnlyList<ExerciseInfo> exercises)
    {
        if (string.IsNullOrWhiteSpace(suitesDirectory))
        {
            throw new UserError("The suite folder is empty text. Give a folder of NN-slug suite folders, or one suite folder.");
        }

        if (!Directory.Exists(suitesDirectory))
        {
            throw new UserError($"The suite folder {suitesDirectory} {(File.Exists(suitesDirectory) ? "is a file" : "does not exist")}. " +
                "Give a folder of NN-slug suite folders, or one suite folder.");
        }

        var bySlug = exercises.ToDictionary(exercise => exercise.Slug);
        bool IsSuite(string folder) => bySlug.ContainsKey(NameOf(folder));
        var single = IsSuite(suitesDirectory);
        if (!single && MisnamedFolder.Meant(NameOf(suitesDirectory), bySlug.Keys) is { } meant && !Directory.EnumerateDirectories(suitesDirectory).Any(IsSuite))
        {
            throw new UserError($"The suite folder {suitesDirectory} is named like no exercise. Rename it to {meant}, the exercise it looks like.");
        }

        var folders = single ? [suitesDirectory] : Directory.EnumerateDirectories(suitesDirectory)
            .Where(folder => !Path.GetFileName(folder).StartsWith('.')) // .git and the like, when suites are kept in a repository of their own
            .Order(StringComparer.Ordinal).ToList();
        if (folders.Count > 0 && !folders.Any(IsSuite))
        {
            throw new UserError($"{suitesDirectory} is neither a suite folder nor a folder of suite folders: none of its subfolders is named " +
                $"after an exercise. Give a folder such as grader/suites, or one suite folder such as grader/suites/{exercises.FirstOrDefault()?.Slug}.");
        }

        var suites = folders.Select(folder => bySlug.TryGetValue(NameOf(folder), out var exercise)
            ? (exercise, folder)
            : throw new UserError($"The suite folder {folder} matches no exercise. " + (MisnamedFolder.Meant(NameOf(folder), bySlug.Keys.Except(folders.Select(NameOf))) is { } slug
                ? $"Rename it to {slug}, the exercise it looks like."
                : $"Name it after an exercise folder, e.g. {exercises.FirstOrDefault()?.Slug}."))).ToList();

        if (suites.Count == 0)
        {
            throw new UserError($"{suitesDirectory} holds no suite folders. Each exercise's hidden suite lives in a folder named after the exercise.");
        }

        // Grading without an exercise's suite would leave it out of every report and gradebook without a word.
        var unsuited = single ? [] : exercises.Where(exercise => !suites.Any(suite => suite.exercise.Slug == exercise.Slug)).ToList();
        return unsuited.Count == 0
            ? suites
            : throw new UserError($"{string.Join(", ", unsuited.Select(exercise => exercise.Slug))} {(unsuited.Count == 1 ? "has" : "have")} no hidden suite in " +
                $"{suitesDirectory}. Every exercise needs one: add a folder named after the exercise with its tests (grader/suites/README.md), " +
                "or give --suite one suite folder to grade that exercise alone.");
    }

    // The folder's own name, also when it was given with a trailing separator or as a relative path such as ".".
    private static string NameOf(string folder) => Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
}
