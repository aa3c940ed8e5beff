namespace Grader.Reports;

/// <summary>
/// Turns text into one CSV field: quoted as RFC 4180 (section 2, rules 6 and 7) requires, and kept from being
/// read as a formula by a spreadsheet (OWASP ASVS 1.2.10), since submission names come from learners.
/// </summary>
internal static class CsvField
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r', '\0'];
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    public static string Text(string text)
    {
        // A leading apostrophe tells Excel, LibreOffice and Google Sheets to show the cell as text.
        var safe = text.Length > 0 && FormulaStarts.Contains(text[0]) ? "'" + text : text;
        return safe.IndexOfAny(NeedsQuotes) < 0 ? safe : $"\"{safe.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }
}
