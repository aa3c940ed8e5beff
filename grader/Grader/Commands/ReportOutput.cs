using System.Text;
using Grader.Infrastructure;
using Grader.Reports;
using Spectre.Console;

namespace Grader.Cli.Commands;

/// <summary>Sends a report to a file (written whole, then moved into place) or to the terminal.</summary>
public static class ReportOutput
{
    public static void Write(GradingReport report, IReportWriter writer, string? path)
    {
        if (path is not null)
        {
            AtomicFile.Write(path, output => writer.Write(report, output));
            return;
        }

        if (writer is TextReportWriter text && !Console.IsOutputRedirected)
        {
            text.Write(report, AnsiConsole.Console);
            return;
        }

        // A full disk behind "> report.json", say: the grading itself went well, and only the destination is at fault.
        using var stdout = new StandardOutputWriter(
            new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { NewLine = "\n" },
            "the report", "Give a file to write it to with --output, in a place with room for it.");
        writer.Write(report, stdout);
    }
}
