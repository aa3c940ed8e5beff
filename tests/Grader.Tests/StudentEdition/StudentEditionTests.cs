using Grader.Infrastructure;
using Grader.StudentEdition;

namespace Grader.Tests.StudentEdition;

/// <summary>The edition learners receive, exported and used the way a learner uses it.</summary>
// In the grading collection so that its builds never compete with timed grading for the processor.
[Collection(Grading.GradingCollection.Name)]
public class StudentEditionTests
{
    private static readonly RepositoryLayout Repository = RepositoryLayout.Locate();

    [Fact]
    public void Export_HoldsTheExercisesAndNothingMeantForInstructors()
    {
        var edition = Export();

        File.Exists(Path.Combine(edition, "README.md")).Should().BeTrue();
        File.Exists(Path.Combine(edition, "Exercises.slnx")).Should().BeTrue();
        File.ReadAllText(Path.Combine(edition, "exercises", "02-dispatch-tool-call", "ToolDispatcher.cs"))
            .Should().Be(File.ReadAllText(Path.Combine(Repository.Exercises, "02-dispatch-tool-call", "ToolDispatcher.cs")), "learners get the starter");
        Directory.Exists(Path.Combine(edition, "solutions")).Should().BeFalse();
        Directory.Exists(Path.Combine(edition, "grader")).Should().BeFalse();
        Directory.Exists(Path.Combine(edition, "tests")).Should().BeFalse();
        File.Exists(Path.Combine(edition, "Directory.Build.targets")).Should().BeFalse("that file swaps in the reference solutions");
        Directory.EnumerateFiles(edition, "*", SearchOption.AllDirectories)
            .Should().NotContain(path => path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") || path.EndsWith(".trx"));
        File.ReadAllText(Path.Combine(edition, "Directory.Packages.props")).Should().NotContain("Microsoft.CodeAnalysis");
        File.ReadAllText(Path.Combine(edition, "README.md")).Should().Contain("exercises/01-search-products-schema/README.md").And.NotContain("{{");
    }

    [Fact]
    public async Task Untouched_EveryVisibleTestFailsWithItsTeachingMessage()
    {
        var results = await DotnetTest.RunAsync(Export());

        results.Should().HaveCountGreaterThan(20);
        results.Should().OnlyContain(result => result.Outcome == "Failed", "an untouched starter passes nothing");
        results.Should().OnlyContain(result => result.Message.Contains("NotImplementedException") && result.Message.Contains("README.md"),
            "each failure should tell the learner what to implement, not crash: {0}", string.Join("\n", results.Take(3)));
    }

    internal static string Export()
    {
        var folder = Path.Combine(Path.GetTempPath(), "grader-student-edition-" + Guid.NewGuid().ToString("N"));
        new StudentEditionExporter(Repository).Export(folder);
        return folder;
    }
}
