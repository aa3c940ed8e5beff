using Grader.Benchmarks;

namespace Grader.Tests.Benchmarks;

/// <summary>The benchmark says whether the baseline's points agree with grade-all's, exercise by exercise.</summary>
public sealed class ScoreComparisonTests : IDisposable
{
    private readonly string _report = Path.GetTempFileName();

    public ScoreComparisonTests() => File.WriteAllText(_report, """
        {"version":1,"submission":"s001","score":40,"max_score":64,"execution_time":1.5,"sandbox":"none",
         "exercises":[
           {"slug":"01-search-products-schema","score":33,"max_score":33,"status":"graded","message":"","tests":[]},
           {"slug":"02-dispatch-tool-call","score":7,"max_score":31,"status":"graded","message":"","tests":[]}]}
        """);

    [Fact]
    public void Same_EqualPointsForEveryExercise_Agrees()
    {
        var same = ScoreComparison.Same(new Dictionary<string, double> { ["01-search-products-schema"] = 33, ["02-dispatch-tool-call"] = 7 },
            _report, out var difference);

        same.Should().BeTrue();
        difference.Should().BeEmpty();
    }

    [Fact]
    public void Same_OtherPointsOrAnExerciseTheBaselineMissed_SaysWhereTheyDiffer()
    {
        var same = ScoreComparison.Same(new Dictionary<string, double> { ["01-search-products-schema"] = 31 }, _report, out var difference);

        same.Should().BeFalse();
        difference.Should().Be("01-search-products-schema: baseline 31, grade-all 33; 02-dispatch-tool-call: baseline 0, grade-all 7");
    }

    public void Dispose() => File.Delete(_report);
}
