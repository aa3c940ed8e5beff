using Grader.Reports;

namespace Grader.Cli.Commands;

/// <summary>
/// Lines for stderr: progress, warnings and errors. Many of them name a submission, and a learner chose its folder's
/// name, so control characters in them are spelled out instead of reaching the terminal.
/// </summary>
public static class Notices
{
    public static void Write(string line) => Console.Error.WriteLine(VisibleText.Clean(line));
}
