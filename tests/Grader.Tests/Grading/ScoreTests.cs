using Grader.Reports;
using Grader.Scenarios;

namespace Grader.Tests.Grading;

/// <summary>What scores must hold whatever the goldens say: full marks, zero, and mistakes that stay local.</summary>
[Collection(GradingCollection.Name)]
public class ScoreTests(GradingFixture grading)
{
    public static TheoryData<string> ScenariosFromSolutions() =>
        new(Scenario.LoadAll(Infrastructure.RepositoryLayout.Locate().Scenarios)
            .Where(scenario => scenario.Base == Scenario.StartFromSolutions)
            .Select(scenario => scenario.Name));

    [Fact]
    public async Task Grade_ReferenceSolutions_GetFullMarks()
    {
        var report = await grading.GradeAsync("all-correct");

        report.MaxScore.Should().BePositive();
        report.Score.Should().Be(report.MaxScore, "the reference solutions meet every requirement: {0}", Failures(report));
        report.Exercises.Should().OnlyContain(exercise => exercise.Status == ExerciseStatus.Graded);
    }

    [Theory]
    [MemberData(nameof(CorrectVariants))]
    public async Task Grade_CorrectCodeInAnotherStyle_GetsFullMarks(string name)
    {
        var report = await grading.GradeAsync(name);

        report.Score.Should().Be(report.MaxScore, "{0} is correct: {1}", name, Failures(report));
    }

    public static TheoryData<string> CorrectVariants() =>
        new(Scenario.LoadAll(Infrastructure.RepositoryLayout.Locate().Scenarios)
            .Where(scenario => scenario.Name.Contains("-correct-", StringComparison.Ordinal))
            .Select(scenario => scenario.Name));

    [Fact]
    public async Task Grade_UntouchedStarters_GetZeroWithOnlyFailedTests()
    {
        var report = await grading.GradeAsync("untouched-starters");

        report.Score.Should().Be(0);
        report.Exercises.Should().OnlyContain(exercise => exercise.Status == ExerciseStatus.Graded);
        report.Exercises.SelectMany(exercise => exercise.Tests).Should().OnlyContain(test => test.Status == TestStatus.Failed);
    }

    [Fact]
    public async Task Grade_EverySuite_CoversEveryExercise()
    {
        var report = await grading.GradeAsync("all-correct");

        report.Exercises.Select(exercise => exercise.Slug).Should().BeEquivalentTo(
            Grader.Exercises.ExerciseCatalog.Load(grading.Repository.Exercises).Select(exercise => exercise.Slug),
            "every exercise needs a hidden suite, or the grader silently skips it");
    }

    [Theory]
    [MemberData(nameof(ScenariosFromSolutions))]
    public async Task Grade_ChangedExercises_AreTheOnlyOnesThatLosePoints(string name)
    {
        var scenario = grading.Scenario(name);
        var touched = TouchedExercises(scenario);

        var report = await grading.GradeAsync(scenario);

        foreach (var exercise in report.Exercises.Where(exercise => !touched.Contains(exercise.Slug)))
        {
            exercise.Score.Should().Be(exercise.MaxScore, "{0} left {1} as the reference solution wrote it: {2}", name, exercise.Slug, Failures(report));
        }

        if (name.Contains("mistake-", StringComparison.Ordinal))
        {
            report.Exercises.Where(exercise => touched.Contains(exercise.Slug))
                .Should().Contain(exercise => exercise.Score < exercise.MaxScore, "a mistake must cost points where it is made");
        }
    }

    private static HashSet<string> TouchedExercises(Scenario scenario)
    {
        var files = Path.Combine(scenario.Directory, "files");
        var changed = Directory.Exists(files) ? Directory.EnumerateDirectories(files).Select(Path.GetFileName) : [];
        return changed.Concat(scenario.Remove.Select(path => path.Split('/')[0])).OfType<string>().ToHashSet();
    }

    private static string Failures(GradingReport report) => string.Join("; ",
        report.Exercises.SelectMany(exercise => exercise.Tests.Where(test => test.Status != TestStatus.Passed)
            .Select(test => $"{exercise.Slug}/{test.Name}: {test.Message}")));
}
