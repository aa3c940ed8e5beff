using Grader.Reports;

namespace Grader.Tests.Grading;

/// <summary>
/// Every sample submission in tests/scenarios graded for real, compared with its golden JSON, text and JUnit
/// reports. Only the wall-clock time and the sandbox's name are normalised.
/// </summary>
[Collection(GradingCollection.Name)]
public partial class ScenarioGoldenTests(GradingFixture grading)
{
    public static TheoryData<string> ScenarioNames()
    {
        var repository = Infrastructure.RepositoryLayout.Locate();
        return new(Grader.Scenarios.Scenario.LoadAll(repository.Scenarios)
            .Concat(Grader.Scenarios.Scenario.LoadAll(repository.HostileScenarios))
            .Select(scenario => scenario.Name));
    }

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

    // Time and the sandbox's name depend on the machine; so does how far a memory hog got before it was stopped.
    private static GradingReport Normalize(GradingReport report) => report with
    {
        ExecutionTimeSeconds = 0,
        Sandbox = "bwrap",
        Exercises = report.Exercises.Select(exercise => exercise with
        {
            Tests = exercise.Tests.Select(test => test with { Message = MemoryUsed().Replace(test.Message, "used (some) MB of memory") }).ToList(),
        }).ToList(),
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"used \d+ MB of memory")]
    private static partial System.Text.RegularExpressions.Regex MemoryUsed();

    private static string Write(IReportWriter writer, GradingReport report)
    {
        using var output = new StringWriter { NewLine = "\n" };
        writer.Write(report, output);
        return output.ToString();
    }
}
