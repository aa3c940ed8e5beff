using System.Diagnostics;
using Grader.Execution;

namespace Grader.Tests.Execution;

/// <summary>The seccomp program that bubblewrap applies to workers, tried on a shell under bubblewrap itself.</summary>
public class NoNewProcessesFilterTests
{
    [SkippableFact]
    public void Filter_ShellThatStartsAProgramAndGoesOn_CannotStartIt()
    {
        var (exitCode, output, errors) = RunFiltered("/bin/true; echo went on");

        exitCode.Should().NotBe(0);
        errors.Should().Contain("fork", "the shell reports that it could not fork: {0}", errors);
        output.Should().NotContain("went on");
    }

    [SkippableFact]
    public void Filter_ForkBombInAShell_StopsAtItsFirstFork()
    {
        var (exitCode, _, errors) = RunFiltered("bomb() { bomb | bomb & }; bomb; wait");

        exitCode.Should().NotBe(0);
        errors.Should().Contain("fork");
    }

    [SkippableFact]
    public void Filter_ShellThatOnlyRunsItself_RunsAsBefore()
    {
        var (exitCode, output, _) = RunFiltered("echo alone");

        exitCode.Should().Be(0);
        output.Should().Be("alone\n");
    }

    [Fact]
    public void ForThisMachine_OnX64OrArm64_IsAProgramOfWholeInstructions()
    {
        var program = NoNewProcessesFilter.ForThisMachine();

        if (System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture is
            System.Runtime.InteropServices.Architecture.X64 or System.Runtime.InteropServices.Architecture.Arm64)
        {
            program.Should().NotBeNull();
            (program!.Length % 8).Should().Be(0, "each instruction of a seccomp program takes 8 bytes");
        }
        else
        {
            program.Should().BeNull();
        }
    }

    private static (int ExitCode, string Output, string Errors) RunFiltered(string script)
    {
        Skip.If(BubblewrapSandbox.TryCreate(out _) is null, SandboxRequirement.NotInstalled);
        var program = NoNewProcessesFilter.ForThisMachine();
        Skip.If(program is null, "No process filter exists for this processor.");

        var start = new ProcessStartInfo("bwrap") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var filter = new InheritedBytes(program);
        foreach (var argument in new[] { "--ro-bind", "/", "/", "--unshare-all", "--die-with-parent", "--seccomp", filter.Descriptor, "/bin/sh", "-c", script })
        {
            start.ArgumentList.Add(argument);
        }

        using var shell = Process.Start(start)!;
        filter.Dispose();
        var output = shell.StandardOutput.ReadToEndAsync();
        var errors = shell.StandardError.ReadToEnd();
        shell.WaitForExit(30_000).Should().BeTrue("a shell that cannot fork ends at once");
        return (shell.ExitCode, output.Result, errors);
    }
}
