using Grader.Execution;

namespace Grader.Tests.Grading;

/// <summary>
/// Without bubblewrap there is no PID namespace to take everything down with the worker: processes that learner
/// code starts, even ones that detach themselves from it, must still be stopped when grading ends.
/// </summary>
[Collection(GradingCollection.Name)]
public class DetachedProcessTests(GradingFixture grading)
{
    [Theory]
    [InlineData("a child process", "86396", """System.Diagnostics.Process.Start("sleep", "86396");""")]
    [InlineData("a process that detached itself", "86397",
        """System.Diagnostics.Process.Start("/bin/sh", ["-c", "setsid sleep 86397 > /dev/null 2>&1 &"])!.WaitForExit();""")]
    public async Task Grade_WithoutSandbox_LeavesNoProcessBehind(string what, string marker, string start)
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // the check reads /proc
        }

        try
        {
            using (var session = grading.OpenPrivateSession(sandbox: SandboxMode.None))
            {
                var report = await session.GradeAsync(grading.AllCorrectWithDispatcher(DispatcherSources.CorrectAfter(start), "starts-" + marker));
                report.Score.Should().Be(report.MaxScore, "starting {0} does not make the answers wrong", what);
            }

            Sleeping(marker).Should().BeEmpty("{0} that learner code started must not outlive grading", what);
        }
        finally
        {
            Sleeping(marker).ForEach(process => process.Kill());
        }
    }

    private static List<System.Diagnostics.Process> Sleeping(string marker) => System.Diagnostics.Process.GetProcessesByName("sleep")
        .Where(process => CommandLine(process.Id)?.Contains(marker, StringComparison.Ordinal) == true)
        .ToList();

    // Another test's sleep can end between the listing and the reading; an ended process is not this test's leftover.
    private static string? CommandLine(int processId)
    {
        try
        {
            return File.ReadAllText($"/proc/{processId}/cmdline");
        }
        catch (IOException)
        {
            return null;
        }
    }
}
