using Spectre.Console;

namespace Grader.Reports;

/// <summary>
/// The default format, for people: readable at a glance. Written to a <see cref="TextWriter"/> it is plain
/// and stable (no colour codes, nothing that depends on the terminal's width), fit for files, pipes and
/// golden tests; written to an <see cref="IAnsiConsole"/> it is the same text in colour.
/// </summary>
public sealed class TextReportWriter : IReportWriter
{
    public string Format => "text";

    public string FileExtension => ".txt";

    public void Write(GradingReport report, TextWriter output)
    {
        foreach (var line in TextReportLayout.Lines(report))
        {
            output.Write(line.Plain);
            output.Write('\n');
        }
    }

    /// <summary>Writes in colour, for a real terminal; Spectre.Console leaves colour out when the console cannot show it.</summary>
    public void Write(GradingReport report, IAnsiConsole console)
    {
        foreach (var line in TextReportLayout.Lines(report))
        {
            foreach (var span in line.Spans)
            {
                console.Write(new Text(span.Text, StyleOf(span.Tone)));
            }

            console.WriteLine();
        }
    }

    private static Style StyleOf(TextTone tone) => tone switch
    {
        TextTone.Strong => new Style(decoration: Decoration.Bold),
        TextTone.Quiet => new Style(Color.Grey),
        TextTone.Good => new Style(Color.Green),
        TextTone.Warning => new Style(Color.Yellow),
        TextTone.Bad => new Style(Color.Red),
        _ => Style.Plain,
    };
}
