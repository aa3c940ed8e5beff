using Grader.Reports;

namespace Grader.Tests.Grading;

/// <summary>
/// Every sample submission in tests/scenarios graded for real, compared with its golden JSON, text and JUnit
/// reports. Only the wall-clock time, the sandbox's name and how far a hog got before it was stopped are normalised.
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

    [SkippableTheory]
    [MemberData(nameof(ScenarioNames))]
    public async Task Grade_SampleSubmission_MatchesItsGoldenReports(string scenario)
    {
        var graded = await grading.GradeAsync(scenario);
        Skip.If(grading.Scenario(scenario).Expect is { NeedsSandbox: true } && graded.Sandbox != "bwrap", SandboxRequirement.NotInstalled);
        var report = Normalize(graded);
        var folder = grading.Scenario(scenario).Directory;
        var troubles = Troubles(report);

        Golden.VerifyFile(Path.Combine(folder, "expected.json"), Write(new JsonReportWriter(), report), troubles);
        Golden.VerifyFile(Path.Combine(folder, "expected.txt"), Write(new TextReportWriter(), report), troubles);
        Golden.VerifyFile(Path.Combine(folder, "expected.junit.xml"), Write(new JUnitReportWriter(), report), troubles);
    }

    // The graded report is gone once the run ends; when a golden file differs because a worker crashed or timed
    // out where it should not have, these lines are the only account of why.
    private static string Troubles(GradingReport report) => string.Concat(report.Exercises
        .SelectMany(exercise => exercise.Tests
            .Where(test => test.Status is TestStatus.Error or TestStatus.Timeout)
            .Select(test => $"{exercise.Slug} / {test.Name}: {test.Status}: {test.Message.ReplaceLineEndings(" ")}\n")));

    // Time and the sandbox's name depend on the machine; so does how far a memory or thread hog got before it was stopped.
    private static GradingReport Normalize(GradingReport report) => report with
    {
        ExecutionTimeSeconds = 0,
        Sandbox = "bwrap",
        Exercises = report.Exercises.Select(exercise => exercise with
        {
            ExecutionTimeSeconds = 0,
            Tests = exercise.Tests.Select(test => test with { Message = HogReached().Replace(test.Message, "$1 (some) $2") }).ToList(),
        }).ToList(),
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"(used|ran) \d+ (MB of memory|threads at once)")]
    private static partial System.Text.RegularExpressions.Regex HogReached();

    private static string Write(IReportWriter writer, GradingReport report)
    {
        using var output = new StringWriter { NewLine = "\n" };
        writer.Write(report, output);
        return output.ToString();
    }
}
