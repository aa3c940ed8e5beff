using Grader.Reports;
using Grader.Scenarios;
using Grader.Suites;

namespace Grader.Tests.Grading;

/// <summary>
/// Each hostile submission in tests/scenarios/hostile tries one way to crash, hang or fool the grader. For every
/// one: grading finishes within its budget, the other exercises keep their marks, the affected tests say what
/// happened, and nothing the submission started is still running afterwards.
/// </summary>
[Collection(GradingCollection.Name)]
public class HostileCorpusTests(GradingFixture grading)
{
    private const string LingeringMarker = "86399"; // the argument of the `sleep` a hostile submission leaves behind

    public static TheoryData<string> Cases() =>
        new(Scenario.LoadAll(Infrastructure.RepositoryLayout.Locate().HostileScenarios).Select(scenario => scenario.Name));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Grade_HostileSubmission_IsContained(string name)
    {
        var scenario = grading.Scenario(name);
        var expect = scenario.Expect ?? throw new InvalidOperationException($"{name}/scenario.json needs an \"expect\" section.");

        var report = await grading.GradeAsync(scenario);

        report.ExecutionTimeSeconds.Should().BeLessThan(GradingFixture.Limits.SubmissionBudget.TotalSeconds + 15, "grading must finish within its budget");
        foreach (var other in report.Exercises.Where(exercise => exercise.Slug != expect.Exercise))
        {
            other.Score.Should().Be(other.MaxScore, "{0} is untouched, so the hostile code elsewhere must not cost it anything", other.Slug);
        }

        var target = report.Exercises.Single(exercise => exercise.Slug == expect.Exercise);
        if (expect.Status is not null)
        {
            ReportNames.Of(target.Status).Should().Be(expect.Status, target.Message);
        }

        if (expect.FullMarks)
        {
            target.Score.Should().Be(target.MaxScore, Describe(target));
        }

        if (expect.Score is { } score)
        {
            target.Score.Should().Be(score, Describe(target));
        }

        if (expect.Message is not null && (!expect.NeedsSandbox || report.Sandbox == "bwrap"))
        {
            target.Tests.Should().Contain(test => test.Message.Contains(expect.Message, StringComparison.OrdinalIgnoreCase),
                "a test hit by the attack must say what happened: {0}", Describe(target));
        }

        foreach (var words in expect.NeverInHiddenTests)
        {
            target.Tests.Where(test => test.Visibility != Visibility.Visible).Should().NotContain(
                test => test.Message.Contains(words, StringComparison.Ordinal),
                "a hidden test's message may not carry what the code chose to show: {0}", Describe(target));
        }

        foreach (var words in expect.NeverShown)
        {
            target.Tests.Should().NotContain(test => test.Message.Contains(words, StringComparison.Ordinal),
                "no test may show what the code was given in a hidden test: {0}", Describe(target));
        }

        LingeringProcesses().Should().BeEmpty("nothing a submission starts may outlive its grading");
        if (report.Sandbox == "bwrap")
        {
            WrittenDuringThisRun("/tmp/hostile-escape.txt").Should().BeFalse("the sandbox gives learner code a private /tmp");
            WrittenDuringThisRun(Path.Combine(AppContext.BaseDirectory, "hostile-escape.txt")).Should().BeFalse("the sandbox is read-only");
        }
    }

    // A file left by an earlier run without the sandbox, where writes-outside succeeds as documented, proves nothing here.
    private bool WrittenDuringThisRun(string path) => File.Exists(path) && File.GetLastWriteTimeUtc(path) >= grading.OpenedAt;

    private static IEnumerable<string> LingeringProcesses() => !OperatingSystem.IsLinux()
        ? []
        : Directory.EnumerateDirectories("/proc")
            .Select(directory => Path.Combine(directory, "cmdline"))
            .Select(path => File.Exists(path) ? TryRead(path) : "")
            .Where(command => command.Contains("sleep") && command.Contains(LingeringMarker));

    private static string TryRead(string path)
    {
        try
        {
            return File.ReadAllText(path).Replace('\0', ' ');
        }
        catch (IOException)
        {
            return "";
        }
    }

    private static string Describe(ExerciseResult exercise) =>
        string.Join("\n", exercise.Tests.Select(test => $"{test.Status} {test.Name}: {test.Message}"));
}
