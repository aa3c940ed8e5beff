using Grader.Execution;

namespace Grader.Tests.Execution;

public class LimitBreachTests
{
    private static readonly GradingLimits Limits = new() { MemoryBytes = 100L * 1024 * 1024, NativeHeadroomBytes = 28L * 1024 * 1024, MaxThreads = 50 };

    [Fact]
    public void Of_UsageWithinEveryLimit_IsNull() =>
        LimitBreach.Of(new ProcessTreeUsage(128L * 1024 * 1024, 50), Limits).Should().BeNull();

    [Fact]
    public void Of_MemoryOverTheCap_SaysHowMuchOnlyWhereDetailsMayBeShown()
    {
        var breach = LimitBreach.Of(new ProcessTreeUsage(300L * 1024 * 1024, 1), Limits)!;

        breach.Detailed.Should().Be("the process used 300 MB of memory, more than the 128 MB allowed, and was stopped");
        breach.Plain.Should().Be("the process used more than the 128 MB of memory allowed, and was stopped");
    }

    [Fact]
    public void Of_TooManyThreads_SaysHowManyOnlyWhereDetailsMayBeShown()
    {
        var breach = LimitBreach.Of(new ProcessTreeUsage(0, 51), Limits)!;

        breach.Detailed.Should().Be("the process and the ones it started ran 51 threads at once, more than the 50 allowed, and were stopped");
        breach.Plain.Should().Be("the process and the ones it started ran more than the 50 threads allowed at once, and were stopped");
    }

    [Fact]
    public void Of_MemoryAndThreadsBothOver_NamesTheMemory() =>
        LimitBreach.Of(new ProcessTreeUsage(300L * 1024 * 1024, 51), Limits)!.Plain.Should().Contain("memory");
}
