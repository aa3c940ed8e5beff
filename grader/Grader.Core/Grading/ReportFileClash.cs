using Grader.Reports;

namespace Grader.Grading;

/// <summary>
/// Two submissions whose results would go to one file of the results folder, so that one could erase the other's:
/// "ada" and "ada.error" (whose report is where a grading failure of "ada" is recorded), or "Ada" and "ada" on a file
/// system that does not tell upper from lower case, as macOS and Windows have by default.
/// </summary>
internal sealed record ReportFileClash(string First, string Second, string FileName, bool IgnoringCase)
{
    /// <param name="submissionNames">The names of the submission folders.</param>
    /// <param name="ignoringCase">Whether the results folder's file system takes "Ada.json" and "ada.json" for one file.</param>
    public static ReportFileClash? Find(IEnumerable<string> submissionNames, bool ignoringCase)
    {
        var owners = new Dictionary<string, string>(ignoringCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (var name in submissionNames.Order(StringComparer.Ordinal))
        {
            foreach (var file in FilesOf(name))
            {
                if (owners.TryGetValue(file, out var owner) && owner != name)
                {
                    return new ReportFileClash(owner, name, file, ignoringCase);
                }

                owners[file] = name;
            }
        }

        return null;
    }

    public string Message =>
        $"The submission folders {VisibleText.OneLine(First)} and {VisibleText.OneLine(Second)} would share the file {VisibleText.OneLine(FileName)} " +
        $"in the results folder{(IgnoringCase ? ", whose file system does not tell upper from lower case" : "")}, so the results of one could " +
        "erase those of the other. Rename one of them and run again.";

    // The report, and the record of the grader's own failure on the submission.
    private static IEnumerable<string> FilesOf(string name) => [name + ".json", name + ClassGrader.ErrorSuffix + ".json"];
}
