namespace Grader.Infrastructure;

/// <summary>
/// The path a file really has once every symbolic link along it is followed, folders included. Following only the
/// file's own chain of links is not enough: <c>a.cs -&gt; ../peek/a.cs</c>, with <c>peek</c> a linked folder, looks
/// as if it stayed inside the folder it started in.
/// </summary>
internal static class RealPath
{
    // As many as Linux follows before it gives up with ELOOP.
    private const int MaxLinks = 40;

    /// <returns>The full path with no link left in it; null when the links lead round in a loop or are too many.</returns>
    public static string? Of(string path)
    {
        var full = Path.GetFullPath(path);
        var resolved = Path.GetPathRoot(full)!;
        var pending = new Stack<string>(Parts(full[resolved.Length..]).Reverse());
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part == "..")
            {
                resolved = Path.GetDirectoryName(resolved) ?? resolved;
                continue;
            }

            var next = Path.Combine(resolved, part);
            if (new FileInfo(next).LinkTarget is not { } target)
            {
                resolved = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                return null;
            }

            if (Path.IsPathRooted(target))
            {
                resolved = Path.GetPathRoot(target)!;
                target = target[resolved.Length..];
            }

            foreach (var inner in Parts(target).Reverse())
            {
                pending.Push(inner);
            }
        }

        return resolved;
    }

    /// <summary>Whether <paramref name="path"/>, links followed, lies inside <paramref name="folder"/>, links followed.</summary>
    public static bool IsInside(string path, string folder) =>
        Of(path) is { } real && Of(folder) is { } container
        && real.StartsWith(Path.TrimEndingDirectorySeparator(container) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static IEnumerable<string> Parts(string relative) =>
        relative.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries)
            .Where(part => part != ".");
}
