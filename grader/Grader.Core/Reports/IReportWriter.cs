namespace Grader.Reports;

/// <summary>
/// Writes one graded submission in one format. Writers keep no state, so one instance serves a whole batch;
/// <see cref="ReportFormats"/> finds one by its <see cref="Format"/> name.
/// </summary>
public interface IReportWriter
{
    /// <summary>The name a user picks this format by, e.g. <c>junit</c>.</summary>
    string Format { get; }

    /// <summary>How a file in this format should end, e.g. <c>.junit.xml</c>.</summary>
    string FileExtension { get; }

    /// <summary>Writes the report. Output that goes to a file or a pipe should be encoded as UTF-8.</summary>
    void Write(GradingReport report, TextWriter output);
}
