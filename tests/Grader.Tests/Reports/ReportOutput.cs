using Grader.Reports;

namespace Grader.Tests.Reports;

internal static class ReportOutput
{
    public static string Of(IReportWriter writer, GradingReport report)
    {
        var output = new StringWriter();
        writer.Write(report, output);
        return output.ToString();
    }
}
