namespace Grader.Infrastructure;

/// <summary>Where a chain of symbolic links ends, for the places that follow links: report files, devices, class folders.</summary>
internal static class SymbolicLink
{
    /// <returns>The full path the chain of links starting at <paramref name="path"/> ends at; null when it is no link, or a loop.</returns>
    public static string? FinalTarget(string path)
    {
        try
        {
            return File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName;
        }
        catch (IOException)
        {
            return null; // a loop of links ends nowhere
        }
    }

    /// <summary>Whether <paramref name="path"/> is a link that ends at nothing: a target that does not exist, or a loop.</summary>
    public static bool LeadsNowhere(string path) =>
        new FileInfo(path).LinkTarget is not null && (FinalTarget(path) is not { } target || !Path.Exists(target));
}
