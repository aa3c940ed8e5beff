using System.Text.Json.Nodes;
using Grader.Compilation;
using Grader.Execution;
using Grader.Exercises;
using Grader.Infrastructure;
using Grader.Scoring;
using Grader.Suites;

namespace Grader.Tests.Scoring;

/// <summary>A check of a real suite that breaks points at its file and line, read from the compiled suite itself.</summary>
public sealed class BrokenCheckLineTests : IDisposable
{
    private static readonly RepositoryLayout Repository = RepositoryLayout.Locate();
    private readonly string _scratch = Directory.CreateTempSubdirectory("grader-broken-check-").FullName;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Decide_CheckOfACompiledSuiteThatBreaks_NamesItsSuiteFileAndLine(bool fromTheCache)
    {
        var exercise = ExerciseCatalog.Load(Repository.Exercises).First(candidate => candidate.Slug == "02-dispatch-tool-call");
        var suite = Path.Combine(_scratch, "suites", exercise.Slug);
        SourceTree.Copy(Path.Combine(Repository.Suites, exercise.Slug), suite, overwrite: false);
        File.WriteAllText(Path.Combine(suite, "Broken.cs"), """
            using Grader.Suites;
            namespace Suites.Broken;
            [Graded(1, "Reads the count.")]
            public sealed class Reads_a_count_the_act_never_returns : HiddenTest
            {
                public override object? Act() => 1;
                public override void Check(Produced produced) =>
                    _ = produced.Value!["count"]!.GetValue<int>();
            }
            """);
        var cache = Path.Combine(_scratch, "cache");
        var compiled = SuiteCache.GetOrCompile(exercise, suite, ReferenceSet.Shared, cache);
        if (fromTheCache)
        {
            compiled = SuiteCache.GetOrCompile(exercise, suite, ReferenceSet.Shared, cache);
        }

        var test = compiled.Tests.Single(candidate => candidate.Id == "Suites.Broken.Reads_a_count_the_act_never_returns");
        var result = new Judge(revealHiddenDetails: false, new GradingLimits())
            .Decide(test, new ActCompleted(test.Id, new Produced(new JsonObject { ["calls"] = 0 })));

        result.Message.Should().Contain(
            "broke with NullReferenceException in Suites.Broken.Reads_a_count_the_act_never_returns.Check (02-dispatch-tool-call/Broken.cs:8)");
    }

    public void Dispose() => Directory.Delete(_scratch, recursive: true);
}
