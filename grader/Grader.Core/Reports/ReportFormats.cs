using System.Diagnostics.CodeAnalysis;

namespace Grader.Reports;

/// <summary>The report formats a user can ask for by name, as in <c>--format junit</c>.</summary>
public static class ReportFormats
{
    private static readonly IReportWriter[] Writers =
    [
        new TextReportWriter(),
        new JsonReportWriter(),
        new GradescopeReportWriter(),
        new JUnitReportWriter(),
        new MarkdownReportWriter(),
    ];

    /// <summary>Every format name, the default (<c>text</c>) first.</summary>
    public static IReadOnlyList<string> Names { get; } = Writers.Select(writer => writer.Format).ToArray();

    public static IReportWriter Default => Writers[0];

    /// <summary>Finds a writer by name, ignoring case, or says which names there are.</summary>
    public static bool TryFind(string name, [NotNullWhen(true)] out IReportWriter? writer, out string error)
    {
        writer = Writers.FirstOrDefault(candidate => string.Equals(candidate.Format, name.Trim(), StringComparison.OrdinalIgnoreCase));
        error = writer is null ? $"There is no report format called \"{name}\". Choose one of: {string.Join(", ", Names)}." : "";
        return writer is not null;
    }

    /// <summary>Finds a writer by name, or throws <see cref="UnknownReportFormatException"/> listing the names there are.</summary>
    public static IReportWriter Find(string name) =>
        TryFind(name, out var writer, out var error) ? writer : throw new UnknownReportFormatException(error);
}
