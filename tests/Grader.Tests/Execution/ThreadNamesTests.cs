using Grader.Worker.Execution;

namespace Grader.Tests.Execution;

public class ThreadNamesTests
{
    // Any code can rename its own thread through /proc with a plain file API; the name stays with the thread, which runs
    // the next exercise's tests in a worker.
    [SkippableFact]
    public void RenamedSince_AThreadRenamedThroughProc_SaysSoWithoutTheName()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "thread names are read from /proc");
        const string comm = "/proc/thread-self/comm";
        var original = File.ReadAllText(comm).TrimEnd('\n');
        var baseline = ThreadNames.Measure();
        try
        {
            File.WriteAllText(comm, "SEEN Krakow");

            ThreadNames.Measure().RenamedSince(baseline).Should().NotBeNull().And.NotContain("Krakow");
        }
        finally
        {
            File.WriteAllText(comm, original);
        }
    }

    [SkippableFact]
    public void RenamedSince_TheSameNames_FindsNothing()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "thread names are read from /proc");
        var baseline = ThreadNames.Measure();

        baseline.RenamedSince(baseline).Should().BeNull();
    }
}
