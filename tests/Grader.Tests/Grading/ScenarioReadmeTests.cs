using System.Text.RegularExpressions;
using Grader.Infrastructure;

namespace Grader.Tests.Grading;

/// <summary>
/// tests/scenarios/README.md says what each exercise's variants do and score, and tests/scenarios/hostile/README.md what
/// each attack does and what grading shows; a scenario they leave out is a mystery to whoever reads a failing golden.
/// </summary>
public partial class ScenarioReadmeTests
{
    [Fact]
    public void Readme_EveryExerciseVariant_HasARowInItsExercisesSection()
    {
        var scenarios = RepositoryLayout.Locate().Scenarios;
        var readme = File.ReadAllText(Path.Combine(scenarios, "README.md"));

        var missing = Directory.EnumerateDirectories(scenarios)
            .Select(Path.GetFileName)
            .Select(name => VariantName().Match(name!))
            .Where(match => match.Success)
            .Where(match => !SectionOf(readme, match.Groups["exercise"].Value).Contains($"`{match.Groups["variant"].Value}`", StringComparison.Ordinal))
            .Select(match => match.Value)
            .ToList();

        missing.Should().BeEmpty("each NN-* scenario needs a row in the README's section for exercise NN");
    }

    [Fact]
    public void HostileReadme_EveryHostileScenario_HasARow()
    {
        var hostile = RepositoryLayout.Locate().HostileScenarios;
        var rows = File.ReadAllLines(Path.Combine(hostile, "README.md")).Where(line => line.StartsWith("| `", StringComparison.Ordinal)).ToList();

        var missing = Directory.EnumerateDirectories(hostile)
            .Select(Path.GetFileName)
            .Where(name => !rows.Any(row => row.StartsWith($"| `{name}` |", StringComparison.Ordinal)))
            .ToList();

        missing.Should().BeEmpty("tests/scenarios/hostile/README.md lists every attack of the corpus with what grading shows");
    }

    private static string SectionOf(string readme, string exercise)
    {
        var start = readme.IndexOf($"\n## {exercise}-", StringComparison.Ordinal);
        if (start < 0)
        {
            return "";
        }

        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return end < 0 ? readme[start..] : readme[start..end];
    }

    [GeneratedRegex(@"^(?<exercise>\d\d)-(?<variant>.+)$")]
    private static partial Regex VariantName();
}
