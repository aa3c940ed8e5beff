namespace Grader.Cli.Commands;

/// <summary>
/// <c>--reveal-hidden</c> is for the instructor's eyes. Some report formats usually end up in front of students, and
/// a hidden test's inputs and expected values in them would give its answers away.
/// </summary>
public static class RevealHiddenWarning
{
    private static readonly Dictionary<string, string> WhereStudentsSeeIt = new(StringComparer.OrdinalIgnoreCase)
    {
        ["gradescope"] = "Gradescope shows results.json to the student who uploaded",
        ["junit"] = "CI test reporters show these messages to everyone who can see the run",
        ["markdown"] = "a job summary is shown to everyone who can see the run",
    };

    /// <summary>The warning for a report in <paramref name="format"/>, or null when there is nothing to warn about.</summary>
    public static string? For(string format, bool revealHidden) =>
        revealHidden && WhereStudentsSeeIt.TryGetValue(format, out var where)
            ? $"Warning: --reveal-hidden puts the hidden tests' inputs and expected values into this {format.ToLowerInvariant()} report, " +
              $"and {where}. Leave --reveal-hidden out of any report students can read."
            : null;
}
