using System.Diagnostics;
using Grader.Execution;

namespace Grader.Tests.Execution;

public sealed class WorkerScratchTests : IDisposable
{
    private readonly ScratchSpace _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void Create_NamesTheFolderAfterThisGrader()
    {
        var folder = _scratch.Keep(WorkerScratch.Create());

        Path.GetFileName(folder).Should().StartWith($"grader-worker-{Environment.ProcessId}-");
        Directory.Exists(folder).Should().BeTrue();
    }

    [Fact]
    public void RemoveAbandoned_FoldersOfGradersThatAreGone_AreRemovedAndTheOthersKept()
    {
        var temporary = _scratch.NewFolder("grader-temp-");
        var gone = Folder(temporary, $"grader-worker-{ProcessThatHasEnded()}-aB3dE9", withFile: true);
        using var running = Process.Start(new ProcessStartInfo("sleep", "30"))!;
        try
        {
            var ofARunningGrader = Folder(temporary, $"grader-worker-{running.Id}-xY7zQ1");
            var ofThisGrader = Folder(temporary, $"grader-worker-{Environment.ProcessId}-mN4pR2");
            var unnumbered = Folder(temporary, "grader-worker-Qw8eRt");
            var unrelated = Folder(temporary, "grader-results-12-abc");

            WorkerScratch.RemoveAbandoned(temporary).Should().Be(1);

            Directory.Exists(gone).Should().BeFalse("its grader ended without tidying up");
            new[] { ofARunningGrader, ofThisGrader, unnumbered, unrelated }.Should().OnlyContain(folder => Directory.Exists(folder));
        }
        finally
        {
            running.Kill();
        }
    }

    [Fact]
    public void RemoveAbandoned_TemporaryFolderThatDoesNotExist_RemovesNothingAndDoesNotThrow() =>
        WorkerScratch.RemoveAbandoned(Path.Combine(_scratch.NewFolder("grader-temp-"), "missing")).Should().Be(0);

    private static string Folder(string parent, string name, bool withFile = false)
    {
        var folder = Directory.CreateDirectory(Path.Combine(parent, name)).FullName;
        if (withFile)
        {
            File.WriteAllText(Path.Combine(folder, "left-by-learner-code.txt"), "x");
        }

        return folder;
    }

    private static int ProcessThatHasEnded()
    {
        using var process = Process.Start(new ProcessStartInfo("true"))!;
        process.WaitForExit();
        return process.Id;
    }
}
