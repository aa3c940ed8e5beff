using System.Diagnostics;
using Grader.Reports;
using Grader.Tests.Grading;

namespace Grader.Tests.Cli;

/// <summary>A batch killed halfway: what was written is whole, and --resume grades only the rest.</summary>
[Collection(GradingCollection.Name)]
public class InterruptTests(GradingFixture grading) : IDisposable
{
    private readonly ScratchSpace _scratch = new();

    [Fact]
    public async Task GradeAll_KilledHalfwayThenResumed_LosesNothingAndRegradesNothing()
    {
        var folder = _scratch.NewFolder("grader-interrupted-");
        var slow = grading.Scenario("very-slow");
        // Each takes seconds to grade, so the run is surely killed after the first report and before the last.
        for (var index = 0; index < 4; index++)
        {
            Directory.Move(slow.Assemble(grading.Repository, Path.Combine(folder, ".staging")), Path.Combine(folder, $"learner-{index}"));
        }

        var output = _scratch.Keep(folder + "-results");
        using (var run = Start("grade-all", folder, "--output", output, "--jobs", "1", "--timeout", "1"))
        {
            await WaitForFirstReportAsync(output, run);
            run.Kill(entireProcessTree: true);
            await run.WaitForExitAsync();
        }

        var written = Directory.EnumerateFiles(output, "learner-*.json").ToDictionary(path => path, File.ReadAllText);
        written.Should().NotBeEmpty().And.HaveCountLessThan(4, "the run was killed before it finished");
        written.Values.Where(json => !JsonReportReader.TryRead(json, out _, out _)).Should().BeEmpty("a report is written whole or not at all");

        var resumed = await GraderCli.RunAsync("grade-all", folder, "--output", output, "--jobs", "2", "--timeout", "1", "--resume");

        resumed.ExitCode.Should().Be(0, resumed.ToString());
        Directory.EnumerateFiles(output, "learner-*.json").Should().HaveCount(4);
        foreach (var (path, json) in written)
        {
            File.ReadAllText(path).Should().Be(json, "--resume leaves finished results alone");
        }

        Directory.EnumerateFiles(output, ".*").Should().BeEmpty("temporary files of the killed run are cleared");
    }

    [SkippableFact]
    public async Task GradeAll_InterruptedLikeCtrlCInATerminal_RecordsNoFailureAndSaysHowToResume()
    {
        Skip.IfNot(OperatingSystem.IsLinux() && File.Exists("/usr/bin/setsid") && await EnvCanRestoreSignals(),
            "Needs Linux, setsid and an env that knows --default-signal, to signal a process group as a terminal does.");
        var folder = _scratch.NewFolder("grader-ctrl-c-");
        var slow = grading.Scenario("very-slow");
        for (var index = 0; index < 6; index++)
        {
            Directory.Move(slow.Assemble(grading.Repository, Path.Combine(folder, ".staging")), Path.Combine(folder, $"learner-{index}"));
        }

        var output = _scratch.Keep(folder + "-results");
        // The grader leads a process group of its own, as a terminal's foreground job does; Ctrl-C signals the whole group.
        // A foreground job also handles SIGINT, which a test run started in the background of a script inherits as ignored.
        var info = new ProcessStartInfo("/usr/bin/setsid") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["env", "--default-signal=INT", "dotnet", Path.Combine(AppContext.BaseDirectory, "grader.dll"), "grade-all", folder, "--output", output, "--jobs", "2", "--timeout", "1"])
        {
            info.ArgumentList.Add(argument);
        }

        using var run = Process.Start(info)!;
        _ = run.StandardOutput.ReadToEndAsync();
        var errors = run.StandardError.ReadToEndAsync();
        await WaitForFirstReportAsync(output, run);
        using (var signal = Process.Start("kill", ["-INT", "--", $"-{run.Id}"]))
        {
            await signal.WaitForExitAsync();
        }

        await run.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));

        run.ExitCode.Should().Be(130, await errors);
        (await errors).Should().Contain("Interrupted. Every report already written is complete and kept")
            .And.Contain("a gradebook.csv or mistakes.csv already in the output folder is from an earlier run", "an older gradebook may sit beside newer reports");
        Directory.EnumerateFiles(output, "*.error.json").Should().BeEmpty("workers stopped by an interrupt are not the grader failing");
    }

    [SkippableFact]
    public async Task Grade_StoppedByAJobRunner_StopsGradingItselfWithoutBeingForced()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "Needs Linux, to send SIGTERM.");

        var (exitCode, errors) = await GradeSlowSubmissionAndSignal(signals: 1);

        errors.Should().Contain("Interrupted. The submission was not graded, and nothing was written.")
            .And.NotContain("--resume", "grade has nothing to resume")
            .And.NotContain("had not stopped", "grade gives up its submission as soon as it is asked to");
        exitCode.Should().Be(130);
    }

    [SkippableFact]
    public async Task Grade_StoppedTwiceByAJobRunner_EndsWithoutACrash()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "Needs Linux, to send SIGTERM.");

        var (exitCode, errors) = await GradeSlowSubmissionAndSignal(signals: 2);

        errors.Should().NotContain("Unhandled exception").And.Contain("The submission was not graded, and nothing was written.");
        exitCode.Should().Be(130);
    }

    private async Task<(int ExitCode, string Errors)> GradeSlowSubmissionAndSignal(int signals)
    {
        var submission = grading.Scenario("very-slow").Assemble(grading.Repository, _scratch.NewFolder("grader-sigterm-"));
        using var run = Start(out var errors, "grade", submission, "--timeout", "1");
        // Not a fixed delay: on a busy machine the runtime may not even handle signals yet, and the signal would kill it outright.
        await WaitForAChildAsync(run);
        for (var signal = 0; signal < signals; signal++)
        {
            using var kill = Process.Start("kill", ["-TERM", run.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync();
            // Two signals pending at once count as one: the second comes while the first is being handled.
            await Task.Delay(30);
        }

        await run.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (run.ExitCode, await errors);
    }

    // The grader starts its workers only after it has taken over SIGINT and SIGTERM.
    private static async Task WaitForAChildAsync(Process run)
    {
        var clock = Stopwatch.StartNew();
        while (!HasAChild(run.Id))
        {
            run.HasExited.Should().BeFalse("the grader should still be starting its first worker");
            clock.Elapsed.Should().BeLessThan(TimeSpan.FromMinutes(2), "the grader should start a worker");
            await Task.Delay(50);
        }
    }

    private static bool HasAChild(int parent) => Directory.EnumerateDirectories("/proc").Any(folder =>
    {
        try
        {
            var stat = File.ReadAllText(Path.Combine(folder, "stat"));
            // The fields after the command's closing parenthesis: state, then the parent's id.
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1] == parent.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentOutOfRangeException or IndexOutOfRangeException)
        {
            return false; // not a process, or one that ended while it was read
        }
    });

    [SkippableFact]
    public async Task ExportStudentWithPackages_InterruptedDuringTheRestore_LeavesNoHalfEditionAndNoRestoreRunning()
    {
        Skip.IfNot(OperatingSystem.IsLinux() && File.Exists("/usr/bin/setsid") && await EnvCanRestoreSignals(),
            "Needs Linux, setsid and an env that knows --default-signal, to signal a process group as a terminal does.");
        var parent = _scratch.NewFolder("grader-export-interrupted-");
        var info = new ProcessStartInfo("/usr/bin/setsid") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["env", "--default-signal=INT", "dotnet", Path.Combine(AppContext.BaseDirectory, "grader.dll"), "export-student", Path.Combine(parent, "edition"), "--with-packages"])
        {
            info.ArgumentList.Add(argument);
        }

        using var run = Process.Start(info)!;
        _ = run.StandardOutput.ReadToEndAsync();
        var errors = run.StandardError.ReadToEndAsync();
        var restoring = await WaitForRestoreOfAsync(parent, run);
        Skip.If(restoring is null, "the restore finished before it could be interrupted");
        using (var signal = Process.Start("kill", ["-INT", "--", $"-{run.Id}"]))
        {
            await signal.WaitForExitAsync();
        }

        await run.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));

        run.ExitCode.Should().Be(130, await errors);
        Directory.EnumerateFileSystemEntries(parent).Should().BeEmpty("an interrupted export leaves no half edition behind");
        Directory.Exists($"/proc/{restoring}").Should().BeFalse("the restore the export started is stopped with it");
    }

    // The process id of the dotnet restore that the export runs in its folder, once it has started; null if the export ended first.
    private static async Task<int?> WaitForRestoreOfAsync(string parent, Process run)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (!run.HasExited && DateTime.UtcNow < deadline)
        {
            foreach (var process in Directory.EnumerateDirectories("/proc").Select(Path.GetFileName).Where(name => name!.All(char.IsAsciiDigit)))
            {
                var commandLine = ReadQuietly($"/proc/{process}/cmdline").Replace('\0', ' ');
                if (commandLine.Contains(" restore ", StringComparison.Ordinal) && commandLine.Contains(parent, StringComparison.Ordinal))
                {
                    return int.Parse(process!, System.Globalization.CultureInfo.InvariantCulture);
                }
            }

            await Task.Delay(50);
        }

        return null;
    }

    private static string ReadQuietly(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    private static async Task<bool> EnvCanRestoreSignals()
    {
        using var probe = Process.Start(new ProcessStartInfo("env", ["--default-signal=INT", "true"]) { UseShellExecute = false, RedirectStandardError = true })!;
        await probe.WaitForExitAsync();
        return probe.ExitCode == 0;
    }

    private static Process Start(params string[] arguments) => Start(out _, arguments);

    private static Process Start(out Task<string> errors, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "grader.dll"));
        arguments.ToList().ForEach(info.ArgumentList.Add);
        var process = Process.Start(info)!;
        _ = process.StandardOutput.ReadToEndAsync();
        errors = process.StandardError.ReadToEndAsync();
        return process;
    }

    private static async Task WaitForFirstReportAsync(string output, Process run)
    {
        var clock = Stopwatch.StartNew();
        while (!(Directory.Exists(output) && Directory.EnumerateFiles(output, "learner-*.json").Any()))
        {
            run.HasExited.Should().BeFalse("the batch should still be running");
            clock.Elapsed.Should().BeLessThan(TimeSpan.FromMinutes(2), "the first report should appear");
            await Task.Delay(50);
        }
    }

    public void Dispose() => _scratch.Dispose();
}
