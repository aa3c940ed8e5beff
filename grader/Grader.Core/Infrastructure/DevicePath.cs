namespace Grader.Infrastructure;

/// <summary>
/// Paths that name a device or one of the process's own streams rather than a file: <c>/dev/null</c>,
/// <c>/dev/stdout</c>, <c>/dev/fd/3</c>, <c>/proc/self/fd/1</c>, or a link to one of them. Output is written into
/// them; replacing one with a new file, as a report file is replaced, would leave an ordinary file where every other
/// program on the machine expects <c>/dev/null</c> or its own output.
/// </summary>
internal static class DevicePath
{
    private static readonly string[] DeviceFolders = ["/dev/", "/proc/"];

    /// <summary>Whether the path names something that is there already, in /dev or /proc or through a link into them; a new name there is a new file.</summary>
    public static bool Is(string fullPath) =>
        !OperatingSystem.IsWindows()
        && (File.Exists(fullPath) || new FileInfo(fullPath).LinkTarget is not null)
        && (IsInDeviceFolder(fullPath) || IsInDeviceFolder(SymbolicLink.FinalTarget(fullPath)));

    /// <summary>Appends rather than truncates, so that <c>--output /dev/stdout &gt;&gt; log</c> keeps what the log held.</summary>
    public static Stream OpenForWriting(string fullPath) => new FileStream(fullPath, FileMode.Append, FileAccess.Write);

    private static bool IsInDeviceFolder(string? path) =>
        path is not null && DeviceFolders.Any(folder => path.StartsWith(folder, StringComparison.Ordinal));
}
