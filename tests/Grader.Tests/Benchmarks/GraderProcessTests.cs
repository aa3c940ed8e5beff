using Grader.Benchmarks;

namespace Grader.Tests.Benchmarks;

/// <summary>A grader run that fails must stop the benchmark with the grader's own words, never be timed as if it had graded.</summary>
public class GraderProcessTests
{
    [Fact]
    public void Time_GraderExitsWithAnError_ThrowsWithTheCommandAndWhatTheGraderSaid()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-such-class-{Guid.NewGuid():N}");

        var time = () => new GraderProcess().Time("grade", missing);

        time.Should().Throw<StepFailedException>()
            .Which.Message.Should().StartWith($"grader grade {missing} exited with 1:").And.Contain(missing);
    }
}
