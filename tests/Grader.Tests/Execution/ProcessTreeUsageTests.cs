using Grader.Execution;

namespace Grader.Tests.Execution;

public class ProcessTreeUsageTests
{
    [Fact]
    public void Measure_ThisProcess_CountsEveryThreadAndItsMemory()
    {
        using var release = new ManualResetEventSlim();
        var threads = Enumerable.Range(0, 40).Select(_ => new Thread(() => release.Wait()) { IsBackground = true }).ToList();
        threads.ForEach(thread => thread.Start());
        try
        {
            var usage = ProcessTreeUsage.Measure(Environment.ProcessId);

            usage.Threads.Should().BeGreaterThan(40, "the 40 waiting threads are counted, with the process's own");
            usage.ResidentBytes.Should().BeGreaterThan(10L * 1024 * 1024, "a running .NET process holds more than 10 MB");
        }
        finally
        {
            release.Set();
            threads.ForEach(thread => thread.Join());
        }
    }
}
