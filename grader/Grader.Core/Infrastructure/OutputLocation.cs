namespace Grader.Infrastructure;

/// <summary>
/// Checks, before any grading starts, that the place a command writes its results to can take them: a mistyped
/// <c>--output</c> then fails at once with a message, instead of after a whole class has been graded.
/// </summary>
public static class OutputLocation
{
    /// <summary>A report file: not a folder, and in a folder that exists or can be made, and that takes new files.</summary>
    /// <param name="path">The path as the user gave it.</param>
    /// <param name="option">The option it came from, to name in messages.</param>
    /// <param name="example">A file name to suggest when a folder was given.</param>
    public static void CheckFile(string path, string option, string example = "report.json")
    {
        var full = Path.GetFullPath(RequirePath(path, option, "the name of the file to write"));
        if (Directory.Exists(full) || Path.EndsInDirectorySeparator(path))
        {
            var what = Directory.Exists(full) ? "is a folder" : $"names a folder (it ends with {Path.DirectorySeparatorChar})";
            throw new UserError($"{option} {path} {what}. Give the name of the file to write, for example {Path.Combine(path, example)}.");
        }

        if (DevicePath.Is(full))
        {
            CheckWritableDevice(full, $"{option} {path}");
            return;
        }

        // The folder the report is written into: through a link, the folder of the file it leads to (see AtomicFile).
        CheckWritableFolder(Path.GetDirectoryName(SymbolicLink.FinalTarget(full) ?? full)!, $"{option} {path}");
    }

    /// <summary>A results folder: not a file, and one that exists or can be made, and that takes new files.</summary>
    /// <param name="path">The path as the user gave it.</param>
    /// <param name="option">The option it came from, to name in messages.</param>
    public static void CheckFolder(string path, string option)
    {
        RequireFolderName(path, option);
        var full = Path.GetFullPath(path);
        if (File.Exists(full))
        {
            throw new UserError($"{option} {path} is a file. Give a folder for the results; it is made if it does not exist.");
        }

        CheckWritableFolder(full, $"{option} {path}");
    }

    /// <summary>
    /// The checks of <see cref="CheckFolder"/> that need nothing but the text, for a command to make before it reads
    /// its other input: a refusal then comes alone, not after notices about input that will never be graded.
    /// </summary>
    public static void RequireFolderName(string path, string option)
    {
        RequirePath(path, option, "a folder for the results");
        if (path == "-")
        {
            // For grade, "--output -" is standard output; here it would quietly make a folder named "-".
            throw new UserError($"{option} - stands for standard output, which cannot take a folder of results. " +
                "Give a folder for them, such as results; the gradebook is shown on standard output in any case.");
        }
    }

    /// <summary>A file or folder still to be made at <paramref name="path"/>: the folder that will hold it exists or can be made, and takes new entries.</summary>
    /// <param name="path">The path as the user gave it.</param>
    /// <param name="given">What it is for, as the user named it, for the message when it cannot be written.</param>
    public static void CheckParent(string path, string given) =>
        CheckWritableFolder(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(RequirePath(path, given, "a path"))))!, given);

    /// <summary>Makes <paramref name="folder"/> and the folders above it that are missing.</summary>
    /// <param name="given">What the folder is for, as the user named it, for the message when it cannot be made.</param>
    public static void MakeFolder(string folder, string given)
    {
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The system says "Could not find a part of the path" when a folder on the way is a file.
            var why = FileOnTheWay(folder) is { } file ? $"{file} is a file, not a folder" : Describe(exception);
            throw new UserError($"Cannot make the folder {folder} for {given}: {why}. Choose a folder you can write to.");
        }
    }

    private static string? FileOnTheWay(string folder)
    {
        for (var path = Path.GetFullPath(folder); path is not null; path = Path.GetDirectoryName(path))
        {
            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }

    private static string RequirePath(string path, string given, string wanted) =>
        string.IsNullOrWhiteSpace(path) ? throw new UserError($"{given} is empty. Give {wanted}.") : path;

    private static void CheckWritableFolder(string folder, string given)
    {
        MakeFolder(folder, given);

        // Named like AtomicFile's temporary files, so a probe that a killed run left behind is cleaned up with them.
        var probe = Path.Combine(folder, $".grader-write-check-{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UserError($"Cannot write into the folder {folder} for {given}: {Describe(exception)}. Choose a folder you can write to.");
        }
    }

    // Opening writes nothing: a device such as /dev/stdout is opened for appending, as the report will be.
    private static void CheckWritableDevice(string device, string given)
    {
        try
        {
            DevicePath.OpenForWriting(device).Dispose();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UserError($"Cannot write to {given}: {Describe(exception)}. Choose a file or device you can write to.");
        }
    }

    // The system's own messages name the probe file, which would only puzzle the reader.
    private static string Describe(Exception exception) => exception switch
    {
        UnauthorizedAccessException => "permission denied",
        FileNotFoundException or DirectoryNotFoundException => "it does not take new files",
        _ => exception.Message.TrimEnd('.'),
    };
}
