namespace Grader.Infrastructure;

/// <summary>
/// A file or folder whose name is not UTF-8, as an archive made by an older zip tool may write "Müller" in the code page of
/// the machine that made it. .NET reads each name as UTF-8 and puts U+FFFD for every byte it cannot decode, so such an
/// entry is listed under a name that no file has: opening it says it does not exist, which would send the reader looking
/// for the wrong fault.
/// </summary>
internal static class NonUtf8Name
{
    public const string Advice = "Rename it, or unpack its archive again with a tool told which encoding the archive's names are in.";

    private const char Undecodable = '\uFFFD';

    /// <summary>Whether <paramref name="path"/>, as a listing or the command line gave it, cannot be opened because a name on it is not UTF-8.</summary>
    public static bool Is(string path) => path.Contains(Undecodable) && !Path.Exists(path) && SymbolicLink.FinalTarget(path) is null;
}
