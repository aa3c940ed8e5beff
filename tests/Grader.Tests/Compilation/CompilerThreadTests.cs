using Grader.Compilation;

namespace Grader.Tests.Compilation;

/// <summary>An abandoned compile keeps running; on Linux it must then take the processor only when nothing else wants it.</summary>
public class CompilerThreadTests
{
    [SkippableFact]
    public void YieldToEveryOtherThread_WhileTheThreadRuns_GivesItTheLowestPriority()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "Thread priorities are set this way on Linux only.");
        var before = OwnNiceness();
        var compiler = new CompilerThread();
        using var started = new ManualResetEventSlim();
        using var lowered = new ManualResetEventSlim();
        var niceness = -1;
        var thread = new Thread(() =>
        {
            compiler.Started();
            started.Set();
            lowered.Wait();
            niceness = OwnNiceness();
            compiler.Finished();
        });
        thread.Start();
        started.Wait();

        var yielded = compiler.YieldToEveryOtherThread();
        lowered.Set();
        thread.Join();

        yielded.Should().BeTrue();
        niceness.Should().Be(19);
        OwnNiceness().Should().Be(before, "only the abandoned compile's thread is lowered, not the grader's others");
    }

    [Fact]
    public void YieldToEveryOtherThread_AfterTheCompileFinished_LeavesTheThreadIdAlone()
    {
        var compiler = new CompilerThread();
        var thread = new Thread(() =>
        {
            compiler.Started();
            compiler.Finished();
        });
        thread.Start();
        thread.Join();

        compiler.YieldToEveryOtherThread().Should().BeFalse("the id may already belong to another thread");
    }

    // Field 19 of /proc/thread-self/stat, counted after the command name, which may hold spaces.
    private static int OwnNiceness()
    {
        var stat = File.ReadAllText("/proc/thread-self/stat");
        return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[16], System.Globalization.CultureInfo.InvariantCulture);
    }
}
