using System.Text.Json;
using System.Text.RegularExpressions;
using Grader.Infrastructure;
using ToolCalling.Testing;

namespace Grader.Exercises;

/// <summary>Finds the exercises of a course: every <c>NN-slug</c> folder with a <c>.meta/config.json</c>.</summary>
public static partial class ExerciseCatalog
{
    private static readonly Lazy<HashSet<string>> CourseSlugs = new(() =>
        Directory.EnumerateDirectories(RepositoryLayout.Locate().Exercises)
            .Select(directory => Path.GetFileName(directory))
            .Where(name => SlugPattern().IsMatch(name))
            .ToHashSet(StringComparer.OrdinalIgnoreCase));

    public static IReadOnlyList<ExerciseInfo> Load(string exercisesDirectory) =>
        Directory.EnumerateDirectories(exercisesDirectory)
            .Where(IsExercise)
            .Order(StringComparer.Ordinal)
            .Select(Read)
            .ToList();

    /// <summary>Whether <paramref name="name"/> names one of this course's exercise folders, in any mix of case.</summary>
    public static bool IsCourseExercise(string name) => CourseSlugs.Value.Contains(name);

    // A folder with a configuration but another name would otherwise be left out of grading and of the student
    // edition's table without a word, and its suite refused as matching no exercise.
    private static bool IsExercise(string directory)
    {
        if (SlugPattern().IsMatch(Path.GetFileName(directory)))
        {
            return true;
        }

        return File.Exists(Path.Combine(directory, ".meta", "config.json"))
            ? throw new UserError($"{directory} has a .meta/config.json, but its name is not an exercise's: two digits, a dash, then " +
                "lower-case letters, digits and dashes, such as 02-dispatch-tool-call. Rename it, and its folders under solutions/ and grader/suites/.")
            : false;
    }

    private static ExerciseInfo Read(string directory)
    {
        var configPath = Path.Combine(directory, ".meta", "config.json");
        if (!File.Exists(configPath))
        {
            throw new UserError($"{configPath} is missing. Every exercise folder needs one naming its learner, test and given files.");
        }

        try
        {
            var root = JsonSerializer.SerializeToElement(JsonInput.ReadFile(configPath));
            var files = root.GetProperty("files");
            var exercise = new ExerciseInfo(
                Path.GetFileName(directory),
                root.GetProperty("title").GetString() ?? "",
                directory,
                Names(files, "solution"),
                Names(files, "test"),
                Names(files, "given"));
            RequireNamedFiles(exercise, configPath);
            return exercise;
        }
        catch (JsonInputException exception)
        {
            throw new UserError(exception.Message);
        }
        catch (Exception exception) when (exception is KeyNotFoundException or InvalidOperationException)
        {
            throw new UserError(
                $"{configPath} is not an exercise configuration: it needs \"title\" (a string) and \"files\" with \"solution\", \"test\" and \"given\" arrays of file names.");
        }
    }

    private static string[] Names(JsonElement files, string kind) =>
        files.TryGetProperty(kind, out var names)
            ? names.EnumerateArray().Select(name => name.GetString() ?? throw new InvalidOperationException("A file name is null.")).ToArray()
            : [];

    // Grading reads the learner and given files, and the student edition hands out the tests: a name that matches no file
    // would otherwise surface as a crash of the grader, or as an edition without the exercise's visible tests.
    private static void RequireNamedFiles(ExerciseInfo exercise, string configPath)
    {
        var missing = exercise.LearnerFiles.Select(file => (Kind: "solution", File: file))
            .Concat(exercise.TestFiles.Select(file => (Kind: "test", File: file)))
            .Concat(exercise.GivenFiles.Select(file => (Kind: "given", File: file)))
            .Where(named => !File.Exists(Path.Combine(exercise.Directory, named.File)))
            .Select(named => $"{named.File} (under \"{named.Kind}\")")
            .ToList();
        if (missing.Count > 0)
        {
            throw new UserError($"{configPath} names {string.Join(", ", missing)}, but {exercise.Directory} has no such " +
                $"{(missing.Count == 1 ? "file" : "files")}. Add {(missing.Count == 1 ? "it" : "them")} to the exercise folder, or correct the name in config.json.");
        }
    }

    [GeneratedRegex(@"^\d{2}-[a-z0-9-]+$")]
    private static partial Regex SlugPattern();
}
