namespace Grader.Reports;

/// <summary>
/// Turns text into one CSV field: quoted as RFC 4180 (section 2, rules 6 and 7) requires, and kept from being
/// read as a formula by a spreadsheet (OWASP ASVS 1.2.10), since submission names come from learners. Like every
/// report, it keeps a name on one line and spells out the characters that would colour a terminal showing the file,
/// reorder its text or hide some of it. A field with a semicolon is quoted too: Excel set up for a language that writes
/// decimal commas (German, French, Spanish) separates cells with semicolons, and what follows one would be a cell of its
/// own, which the apostrophe no longer guards.
/// </summary>
internal static class CsvField
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@'];
    private static readonly char[] NeedsQuotes = [',', ';', '"', '\r', '\n'];

    public static string Text(string text)
    {
        // A leading apostrophe tells Excel, LibreOffice and Google Sheets to show the cell as text. Spaces before the
        // formula do not stop it: a spreadsheet that trims them on import (OWASP lists a leading tab for that reason)
        // would find the formula all the same, and a tab or a line break here has become a space.
        var shown = VisibleText.OneLine(text);
        var safe = shown.TrimStart() is [var first, ..] && FormulaStarts.Contains(first) ? "'" + shown : shown;
        return safe.IndexOfAny(NeedsQuotes) < 0 ? safe : $"\"{safe.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }
}
