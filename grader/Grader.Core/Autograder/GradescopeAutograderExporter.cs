using System.IO.Compression;
using Grader.Infrastructure;

namespace Grader.Autograder;

/// <summary>
/// Writes the zip an instructor uploads to Gradescope as an assignment's autograder: <c>setup.sh</c> and
/// <c>run_autograder</c> at its root, as Gradescope requires, and under <c>course/</c> what it takes to build the
/// grader and run the hidden suites. Never the reference solutions, the golden scenarios or build output.
/// </summary>
public sealed class GradescopeAutograderExporter(RepositoryLayout repository)
{
    public const string CourseFolder = "course";

    private static readonly string[] Scripts = ["setup.sh", "run_autograder"];
    private static readonly string[] RootFiles =
        ["Exercises.sln", "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "global.json", ".editorconfig"];
    private static readonly string[] Folders = ["exercises", "grader"];

    private const UnixFileMode Executable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
        | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    /// <param name="zipPath">The zip to write; one already there is replaced only once the new one is whole.</param>
    public AutograderPackage Export(string zipPath)
    {
        OutputLocation.CheckFile(zipPath, "the autograder zip", "autograder.zip");
        RefuseToReplaceAnythingButAZip(zipPath);
        var staging = Directory.CreateTempSubdirectory("grader-autograder-").FullName;
        try
        {
            var files = Stage(staging);
            AtomicFile.WriteBytes(zipPath, stream => ZipFile.CreateFromDirectory(staging, stream, CompressionLevel.Optimal, includeBaseDirectory: false));
            return new AutograderPackage(Path.GetFullPath(zipPath), files, new FileInfo(SymbolicLink.FinalTarget(Path.GetFullPath(zipPath)) ?? zipPath).Length);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UserError($"Could not write the autograder to {zipPath}: {Sentence.Of(exception.Message)} Free some space or choose another file.");
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    // A name mistyped or completed wrongly by the shell (the README, a suite's source) would otherwise be replaced by the zip without a word.
    private static void RefuseToReplaceAnythingButAZip(string zipPath)
    {
        var full = Path.GetFullPath(zipPath);
        var replaced = SymbolicLink.FinalTarget(full) ?? full;
        if (File.Exists(replaced) && !DevicePath.Is(full) && !replaced.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            throw new UserError($"{zipPath} is already there, and is no .zip file: the autograder would replace it. " +
                "Give a name that ends with .zip, such as autograder.zip, or move that file away first.");
        }
    }

    private int Stage(string staging)
    {
        foreach (var script in Scripts)
        {
            var copy = Path.Combine(staging, script);
            File.Copy(Path.Combine(repository.GradescopeTemplate, script), copy);
            if (!OperatingSystem.IsWindows())
            {
                // Gradescope runs both scripts as programs; a zip made on any system must say they are executable.
                File.SetUnixFileMode(copy, Executable);
            }
        }

        var course = Path.Combine(staging, CourseFolder);
        Directory.CreateDirectory(course);
        foreach (var file in RootFiles)
        {
            File.Copy(Path.Combine(repository.Root, file), Path.Combine(course, file));
        }

        return Scripts.Length + RootFiles.Length
            + Folders.Sum(folder => SourceTree.Copy(Path.Combine(repository.Root, folder), Path.Combine(course, folder)));
    }
}
