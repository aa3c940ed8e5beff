using Grader.Reports;

namespace Grader.Tests.Reports;

public class GoldenReportTests
{
    public static TheoryData<string, string> ScenariosAndFormats()
    {
        var cases = new TheoryData<string, string>();
        foreach (var scenario in SampleReports.Scenarios)
        {
            foreach (var format in ReportFormats.Names)
            {
                cases.Add(scenario, format);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(ScenariosAndFormats))]
    public void Write_SampleReport_MatchesGoldenFile(string scenario, string format)
    {
        var writer = ReportFormats.Find(format);

        Golden.Verify(scenario + writer.FileExtension, ReportOutput.Of(writer, SampleReports.Get(scenario)));
    }

    [Fact]
    public void GradebookCsvWriter_SampleClass_MatchesGoldenFile()
    {
        var output = new StringWriter();
        GradebookCsvWriter.Write(SampleReports.Class, output);

        Golden.Verify("class.csv", output.ToString());
    }

    [Fact]
    public void GoldenDirectory_EveryFile_IsCheckedByATest()
    {
        var checkedFiles = SampleReports.Scenarios
            .SelectMany(scenario => ReportFormats.Names.Select(format => scenario + ReportFormats.Find(format).FileExtension))
            .Append("class.csv")
            .Append(".gitattributes");

        Directory.EnumerateFiles(Golden.Directory).Select(Path.GetFileName)
            .Should().BeSubsetOf(checkedFiles, "a golden file that no test reads is stale and misleads whoever reads it");
    }
}
