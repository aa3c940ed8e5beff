using System.Diagnostics;
using Grader.Execution;

namespace Grader.Tests.Execution;

/// <summary>The process tree the memory watch and the benchmark follow: a process and everything it started.</summary>
public class ProcessTableTests
{
    [Fact]
    public void TreeOf_ThisProcess_HoldsItsChildAndGrandchild()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // /proc exists only on Linux, the only place the grader reads it
        }

        using var shell = Process.Start(new ProcessStartInfo("sh", ["-c", "sleep 30 & wait"]) { UseShellExecute = false })!;
        try
        {
            var tree = WaitForTree(shell.Id, size: 2);

            tree.Select(process => process.Id).Should().Contain(shell.Id);
            tree.Should().Contain(process => process.Parent == shell.Id, "the sleep the shell started belongs to its tree");
            ProcessTable.Read().TreeOf(Environment.ProcessId).Select(process => process.Id)
                .Should().Contain(tree.Select(process => process.Id), "a process's tree holds its children's trees");
        }
        finally
        {
            shell.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    public void TreeOf_ProcessThatDoesNotExist_IsEmpty()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // /proc exists only on Linux, the only place the grader reads it
        }

        ProcessTable.Read().TreeOf(-1).Should().BeEmpty();
    }

    [Fact]
    public void SharedProcessTable_AskedAgainWithinItsAge_GivesTheSameReading()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // /proc exists only on Linux, the only place the grader reads it
        }

        var shared = new SharedProcessTable(TimeSpan.FromMinutes(10));

        var first = shared.Read();

        shared.Read().Should().BeSameAs(first, "watches on the same beat share one reading of /proc");
        first.TreeOf(Environment.ProcessId).Should().ContainSingle(process => process.Id == Environment.ProcessId);
    }

    [Fact]
    public void SharedProcessTable_AskedAfterItsAge_ReadsAgain()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // /proc exists only on Linux, the only place the grader reads it
        }

        var shared = new SharedProcessTable(TimeSpan.FromMilliseconds(1));
        var first = shared.Read();
        Thread.Sleep(20);

        shared.Read().Should().NotBeSameAs(first, "an old reading would miss processes started since");
    }

    private static IReadOnlyList<ProcessTable.Entry> WaitForTree(int root, int size)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var tree = ProcessTable.Read().TreeOf(root);
            if (tree.Count >= size || clock.Elapsed > TimeSpan.FromSeconds(10))
            {
                return tree;
            }

            Thread.Sleep(20);
        }
    }
}
