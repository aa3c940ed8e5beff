using Grader.Benchmarks;
using Grader.Infrastructure;

namespace Grader.Tests.Benchmarks;

/// <summary>The benchmark's class mixes correct, partly wrong and non-compiling submissions, and never one that hangs or crashes.</summary>
public sealed class ClassGeneratorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("class-generator-").FullName;

    [Fact]
    public void Generate_TenSubmissions_MixesTwoCorrectTwoPartlyWrongAndOneNonCompilingInEveryFive()
    {
        var generated = ClassGenerator.Generate(RepositoryLayout.Locate(), _folder, 10);

        generated.Select(submission => submission.Kind).Should().Equal(
            "correct", "partly wrong", "correct", "partly wrong", "non-compiling",
            "correct", "partly wrong", "correct", "partly wrong", "non-compiling");
        generated.Select(submission => submission.Name).Should().OnlyHaveUniqueItems();
        generated.Should().OnlyContain(submission => Directory.Exists(Path.Combine(submission.Path, "exercises")),
            "each is a student edition, as grade-all expects");
        Directory.GetDirectories(_folder).Select(Path.GetFileName).Should().BeEquivalentTo(generated.Select(submission => submission.Name),
            "the class folder holds the submissions and nothing else");
    }

    [Fact]
    public void Generate_ManySubmissions_NeverTakesASubmissionThatHangsOrCrashes()
    {
        var generated = ClassGenerator.Generate(RepositoryLayout.Locate(), _folder, 60);

        generated.Should().NotContain(submission => submission.Name.Contains("endless", StringComparison.Ordinal)
            || submission.Name.Contains("hostile", StringComparison.Ordinal) || submission.Name.Contains("timeout", StringComparison.Ordinal),
            "the baseline has no time limits and would never finish");
        generated.Select(submission => submission.Name[5..]).Distinct().Count().Should().BeGreaterThan(10, "the class draws on many scenarios");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
