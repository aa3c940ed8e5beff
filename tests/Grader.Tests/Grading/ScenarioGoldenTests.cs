using Grader.Reports;

namespace Grader.Tests.Grading;

/// <summary>
/// Every sample submission in tests/scenarios graded for real, compared with its golden JSON, text and JUnit
/// reports. Only the wall-clock time and the sandbox's name are normalised.
/// </summary>
[Collection(GradingCollection.Name)]
public class ScenarioGoldenTests(GradingFixture grading)
{
    public static TheoryData<string> ScenarioNames() =>
        new(Grader.Scenarios.Scenario.LoadAll(Infrastructure.RepositoryLayout.Locate().Scenarios).Select(scenario => scenario.Name));

    [Theory]
    [MemberData(nameof(ScenarioNames))]
    public async Task Grade_SampleSubmission_MatchesItsGoldenReports(string scenario)
    {
        var report = Normalize(await grading.GradeAsync(scenario));
        var folder = grading.Scenario(scenario).Directory;

        Golden.VerifyFile(Path.Combine(folder, "expected.json"), Write(new JsonReportWriter(), report));
        Golden.VerifyFile(Path.Combine(folder, "expected.txt"), Write(new TextReportWriter(), report));
        Golden.VerifyFile(Path.Combine(folder, "expected.junit.xml"), Write(new JUnitReportWriter(), report));
    }

    private static GradingReport Normalize(GradingReport report) => report with { ExecutionTimeSeconds = 0, Sandbox = "bwrap" };

    private static string Write(IReportWriter writer, GradingReport report)
    {
        using var output = new StringWriter { NewLine = "\n" };
        writer.Write(report, output);
        return output.ToString();
    }
}
