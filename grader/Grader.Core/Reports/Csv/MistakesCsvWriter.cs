using System.Globalization;
using Grader.Grading;

namespace Grader.Reports;

/// <summary>
/// The class's likely mistakes as CSV, one row per mistake, the most widespread first: its id, its title, how many
/// submissions made it, in which exercises (slugs separated by spaces), and which submissions (names separated by "; "),
/// so that an instructor can follow up with the learners behind each.
/// </summary>
internal static class MistakesCsvWriter
{
    public static void Write(IEnumerable<GradingReport> reports, TextWriter output)
    {
        output.Write("mistake,title,submissions,exercises,names\n");
        foreach (var row in ClassMistakes.Of(reports))
        {
            output.Write(string.Join(',',
                CsvField.Text(row.Id),
                CsvField.Text(row.Title),
                row.Submissions.ToString(CultureInfo.InvariantCulture),
                CsvField.Text(string.Join(' ', row.Exercises)),
                CsvField.Text(string.Join("; ", row.Names))));
            output.Write('\n');
        }
    }
}
