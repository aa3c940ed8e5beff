using Grader.Benchmarks;

namespace Grader.Tests.Benchmarks;

/// <summary>Repeated runs of grade-all on one class must write the same gradebook; the benchmark names the first row that moved.</summary>
public sealed class GradebookComparisonTests : IDisposable
{
    private const string Header = "submission,total,max,01-search-products-schema";
    private readonly string _first = Path.GetTempFileName();
    private readonly string _other = Path.GetTempFileName();

    public GradebookComparisonTests() => File.WriteAllLines(_first, [Header, "s001,33,33,33", "s002,7,33,7"]);

    [Fact]
    public void SameRows_NoDifference()
    {
        File.WriteAllLines(_other, [Header, "s001,33,33,33", "s002,7,33,7"]);

        GradebookComparison.FirstDifference(_first, _other).Should().BeNull();
    }

    [Fact]
    public void AScoreMoved_NamesTheFirstLineThatDiffers()
    {
        File.WriteAllLines(_other, [Header, "s001,33,33,33", "s002,9,33,9"]);

        GradebookComparison.FirstDifference(_first, _other).Should().Be("line 3: 's002,9,33,9' instead of 's002,7,33,7'");
    }

    [Fact]
    public void ARowMissing_SaysSo()
    {
        File.WriteAllLines(_other, [Header, "s001,33,33,33"]);

        GradebookComparison.FirstDifference(_first, _other).Should().Be("line 3: '(no line)' instead of 's002,7,33,7'");
    }

    public void Dispose()
    {
        File.Delete(_first);
        File.Delete(_other);
    }
}
