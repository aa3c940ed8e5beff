using Grader.Infrastructure;
using Grader.Scenarios;

namespace Grader.Benchmarks;

/// <summary>A class of N submissions made from the sample scenarios: correct, partly wrong and non-compiling, mixed.</summary>
internal static class ClassGenerator
{
    public static IReadOnlyList<GeneratedSubmission> Generate(RepositoryLayout repository, string folder, int count)
    {
        var scenarios = Scenario.LoadAll(repository.Scenarios).Where(scenario => KindOf(scenario) is not null).ToList();
        var byKind = scenarios.GroupBy(scenario => KindOf(scenario)!).ToDictionary(group => group.Key, group => group.ToList());
        var pattern = new[] { "correct", "partly wrong", "correct", "partly wrong", "non-compiling" };
        var staging = Path.Combine(folder, ".staging");
        var submissions = new List<GeneratedSubmission>();
        for (var index = 0; index < count; index++)
        {
            var kind = pattern[index % pattern.Length];
            var choices = byKind[kind];
            var scenario = choices[index / pattern.Length % choices.Count];
            var name = $"s{index + 1:000}-{scenario.Name}";
            var path = Path.Combine(folder, name);
            Directory.Move(scenario.Assemble(repository, staging), path);
            submissions.Add(new GeneratedSubmission(name, kind, path));
        }

        Directory.Delete(staging, recursive: true);
        return submissions;
    }

    // Submissions that hang or crash on purpose are left out: the baseline has no time limits and would never finish.
    private static string? KindOf(Scenario scenario) => scenario.Name switch
    {
        "all-correct" => "correct",
        _ when scenario.Name.Contains("-correct-", StringComparison.Ordinal) => "correct",
        "compile-error-in-one-exercise" or "missing-member" => "non-compiling",
        "untouched-starters" or "forged-output" => "partly wrong",
        _ when scenario.Name.Contains("-mistake-", StringComparison.Ordinal) || scenario.Name.Contains("-edge-", StringComparison.Ordinal) => "partly wrong",
        _ => null,
    };
}

internal sealed record GeneratedSubmission(string Name, string Kind, string Path);
