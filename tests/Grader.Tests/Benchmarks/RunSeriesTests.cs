using Grader.Benchmarks;

namespace Grader.Tests.Benchmarks;

/// <summary>Repeated runs are summed up by the fastest and the median, so that one run slowed by the neighbours does not speak for all.</summary>
public class RunSeriesTests
{
    [Fact]
    public void OddNumberOfRuns_FastestAndMiddleRun()
    {
        var series = new RunSeries([Run(19.0, 38), Run(16.5, 33), Run(17.25, 31)]);

        series.FastestWall.Should().Be(TimeSpan.FromSeconds(16.5));
        series.MedianWall.Should().Be(TimeSpan.FromSeconds(17.25));
        series.Walls.Should().Equal(TimeSpan.FromSeconds(19), TimeSpan.FromSeconds(16.5), TimeSpan.FromSeconds(17.25));
    }

    [Fact]
    public void EvenNumberOfRuns_MedianHalfwayBetweenTheMiddleTwo()
    {
        var series = new RunSeries([Run(20, 40), Run(16, 32), Run(18, 36), Run(30, 60)]);

        series.MedianWall.Should().Be(TimeSpan.FromSeconds(19));
    }

    [Fact]
    public void LeastProcessorTime_IsTheRunThatUsedTheLeast_NotTheFastest()
    {
        var series = new RunSeries([Run(16.5, 33), Run(17.25, 31)]);

        series.LeastProcessorTime!.Total.Should().Be(TimeSpan.FromSeconds(31));
    }

    [Fact]
    public void LeastProcessorTime_NullWhereThePlatformDoesNotTell()
    {
        var series = new RunSeries([new Timing(TimeSpan.FromSeconds(16), null)]);

        series.LeastProcessorTime.Should().BeNull();
        series.MedianWall.Should().Be(TimeSpan.FromSeconds(16));
    }

    [Fact]
    public void NoRuns_Refused()
    {
        var create = () => new RunSeries([]);

        create.Should().Throw<ArgumentOutOfRangeException>();
    }

    // The grader's share is one second of the whole: only the total matters here.
    private static Timing Run(double wall, double cpu) =>
        new(TimeSpan.FromSeconds(wall), new ProcessorTime(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(cpu - 1)));
}
