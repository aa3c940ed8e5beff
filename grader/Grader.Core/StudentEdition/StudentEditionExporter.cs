using System.Xml.Linq;
using Grader.Exercises;
using Grader.Infrastructure;

namespace Grader.StudentEdition;

/// <summary>
/// Writes what learners receive: the exercises (starters, instructions, visible tests), the contract and
/// test-support libraries, build files and a learner README. Never solutions, hidden suites or grader code.
/// </summary>
public sealed class StudentEditionExporter(RepositoryLayout repository)
{
    private static readonly string[] RootFiles = ["Directory.Build.props", "global.json", ".editorconfig", ".gitignore"];

    /// <param name="outputDirectory">A new or empty folder.</param>
    /// <param name="withPackages">Also bundle the NuGet packages the exercises use, for machines with no network.</param>
    /// <param name="cancellationToken">An interrupt: the export stops, and nothing of it is left behind.</param>
    public ExportSummary Export(string outputDirectory, bool withPackages = false, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(outputDirectory))
        {
            throw new UserError("The folder for the student edition is empty. Give a new or empty folder to write it to.");
        }

        var target = Path.GetFullPath(outputDirectory);
        EnsureOutsideTheExercises(target);
        EnsureUsable(target);
        var exercises = ExerciseCatalog.Load(repository.Exercises);
        LearnerExerciseFolders.Require(exercises);

        // Built next to the target and moved into place at the end, so a failure never leaves half an edition.
        var staging = $"{target.TrimEnd(Path.DirectorySeparatorChar)}.partial-{Guid.NewGuid():N}";
        try
        {
            var files = SourceTree.Copy(repository.Exercises, Path.Combine(staging, "exercises"));
            foreach (var file in RootFiles)
            {
                File.Copy(Path.Combine(repository.Root, file), Path.Combine(staging, file));
            }

            var projects = ProjectFiles(staging);
            WritePackageVersions(staging, projects);
            var solution = Path.Combine(staging, "Exercises.slnx");
            SolutionFile.Write(solution, staging, projects);
            LearnerReadme.Write(Path.Combine(repository.StudentEditionTemplate, "README.md"), Path.Combine(staging, "README.md"), exercises, withPackages);
            var packages = withPackages ? OfflinePackages.Bundle(staging, solution, cancellationToken) : 0;

            MoveIntoPlace(staging, target);
            return new ExportSummary(target, exercises.Count, files + RootFiles.Length + (withPackages ? 4 : 3), packages);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UserError($"Could not write the student edition to {target}: {Sentence.Of(exception.Message)} Nothing was left behind; free some space or choose another folder.");
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    // The edition would be copied into itself, deeper at each step, until the paths grow too long.
    private void EnsureOutsideTheExercises(string target)
    {
        var exercises = Path.TrimEndingDirectorySeparator(Path.GetFullPath(repository.Exercises));
        var edition = Path.TrimEndingDirectorySeparator(target);
        if (edition == exercises || edition.StartsWith(exercises + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new UserError($"{target} is inside {exercises}, the folder the student edition is copied from. Choose a folder outside it.");
        }
    }

    private static void EnsureUsable(string target)
    {
        if (File.Exists(target))
        {
            throw new UserError($"{target} is a file. Give a folder for the student edition.");
        }

        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            throw new UserError($"{target} is not empty, and exporting would mix old and new files. Choose a new folder or empty this one.");
        }

        // The edition is staged next to the target, so the folder above it must take new entries.
        OutputLocation.CheckParent(target, $"the student edition {target}");
    }

    private static void MoveIntoPlace(string staging, string target)
    {
        if (Directory.Exists(target))
        {
            Directory.Delete(target); // empty, checked above
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        Directory.Move(staging, target);
    }

    private static List<string> ProjectFiles(string root) =>
        Directory.EnumerateFiles(Path.Combine(root, "exercises"), "*.csproj", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToList();

    // Only the package versions the exported projects use; the grader's own packages stay behind.
    private void WritePackageVersions(string staging, IEnumerable<string> projects)
    {
        var used = projects
            .SelectMany(project => XDocument.Load(project).Descendants("PackageReference"))
            .Select(reference => (string?)reference.Attribute("Include"))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        var document = XDocument.Load(Path.Combine(repository.Root, "Directory.Packages.props"));
        document.DescendantNodes().OfType<XComment>().ToList().ForEach(comment => comment.Remove());
        document.Descendants("PackageVersion")
            .Where(version => !used.Contains((string?)version.Attribute("Include") ?? ""))
            .ToList()
            .ForEach(version => version.Remove());
        File.WriteAllText(Path.Combine(staging, "Directory.Packages.props"), document.Root + "\n");
    }
}
