using Grader.Execution;
using Grader.Submissions;
using Grader.Suites;

namespace Grader.Tests.Grading;

/// <summary>
/// The visible tests run first, beside a copy of the acts that holds only theirs. In the submission's last exercise,
/// which no visible test follows, the other tests then run beside the same load of the learner's code, as under
/// <c>dotnet test</c>, and loading it again would cost time.
/// </summary>
[Collection(GradingCollection.Name)]
public class ExercisePhasesTests(GradingFixture grading)
{
    [Fact]
    public async Task Grade_LastExercise_LoadsTheLearnersCodeOnceForVisibleAndHiddenTests()
    {
        // Without a sandbox, workers share the real temporary folder: each load of the code writes a line of its own.
        var marker = Path.Combine(grading.NewFolder(), "loads");
        var folder = grading.Assemble(grading.Scenario("all-correct"));
        File.WriteAllText(Path.Combine(folder, "exercises", "06-weather-calculator-agent", "LoadMark.cs"),
            $$"""
            namespace Exercises;

            internal static class LoadMark
            {
                [System.Runtime.CompilerServices.ModuleInitializer]
                internal static void Write() => File.AppendAllText(@"{{marker}}", Guid.NewGuid() + "\n");
            }
            """);
        using var session = grading.OpenPrivateSession(sandbox: SandboxMode.None);

        var report = await session.GradeAsync(Submission.Open(folder, "counts-its-loads"));

        var last = report.Exercises[^1];
        last.Slug.Should().Be("06-weather-calculator-agent");
        last.Score.Should().Be(last.MaxScore, string.Join("; ", last.Tests.Where(test => test.Score < test.MaxScore).Select(test => test.Message)));
        last.Tests.Should().Contain(test => test.Visibility == Visibility.Visible).And.Contain(test => test.Visibility != Visibility.Visible);
        File.ReadAllLines(marker).Should().ContainSingle("the hidden tests continue beside the code the visible tests loaded");
    }
}
