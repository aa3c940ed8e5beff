using System.Globalization;

namespace Grader.Reports;

/// <summary>
/// How every report writes numbers, so that all formats agree: points with at most two decimals and none
/// when whole (<c>2</c>, <c>1.5</c>, <c>0.33</c>), seconds with exactly two, percentages with at most one.
/// </summary>
public static class ReportNumbers
{
    public static string Points(double points) => Rounded(points, 2).ToString("0.##", CultureInfo.InvariantCulture);

    public static string Seconds(double seconds) => Rounded(seconds, 2).ToString("0.00", CultureInfo.InvariantCulture);

    public static string Percent(double percent) => Rounded(percent, 1).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary><c>2 / 3</c>: what a learner reads next to an exercise or a test.</summary>
    public static string OutOf(double score, double maxScore) => $"{Points(score)} / {Points(maxScore)}";

    private static double Rounded(double value, int decimals)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A report can only hold finite numbers; the scoring step produced one that is not.");
        }

        // Adding zero turns -0 into 0, so a tiny negative rounding error never prints as "-0".
        return Math.Round(value, decimals, MidpointRounding.AwayFromZero) + 0.0;
    }
}
