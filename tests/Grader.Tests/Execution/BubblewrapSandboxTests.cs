using System.Diagnostics;
using Grader.Execution;

namespace Grader.Tests.Execution;

public class BubblewrapSandboxTests
{
    [SkippableFact]
    public void Prepare_WorkerInstalledUnderTmp_IsVisibleInsideTheSandbox()
    {
        var sandbox = BubblewrapSandbox.TryCreate(out _);
        Skip.If(sandbox is null, SandboxRequirement.NotInstalled);

        var installed = Directory.CreateTempSubdirectory("grader-under-tmp-").FullName;
        foreach (var file in new[] { "Grader.Worker.dll", "Grader.Worker.runtimeconfig.json", "Grader.Worker.deps.json" })
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, file), Path.Combine(installed, file));
        }

        var dotnet = Process.GetCurrentProcess().MainModule!.FileName;
        var command = new WorkerCommand(dotnet, Path.Combine(installed, "Grader.Worker.dll"), [], new Dictionary<string, string>(), installed);
        using var launch = sandbox!.Prepare(command);
        using var worker = Process.Start(launch.StartInfo)!;
        var errors = worker.StandardError.ReadToEnd();
        worker.WaitForExit();

        // Started without its pipes, the worker says it is not meant to be run by hand: proof that it was found and ran.
        errors.Should().Contain("started by the grader", "the private /tmp must not hide a worker installed under /tmp");
        worker.ExitCode.Should().Be(64);
        Directory.Delete(installed, recursive: true);
    }

    [SkippableFact]
    public void Prepare_FilesInDev_CannotBeWritten()
    {
        var errors = WriteInSandbox("kept", "/dev/shm/left-behind", "/dev/left-behind");

        errors.Should().Contain("/dev/shm/left-behind").And.Contain("/dev/left-behind", "what one exercise leaves in /dev, the next would find");
    }

    // The sandbox has a network namespace of its own, whose settings its root may write; they would last as long as the
    // worker, for the next exercise to read. 64 is the setting's usual value, so a sandbox that lets it through changes
    // nothing that matters.
    [SkippableFact]
    public void Prepare_SystemSettingsInProc_CannotBeWritten()
    {
        const string setting = "/proc/sys/net/ipv4/ip_default_ttl";

        var errors = WriteInSandbox("64", setting);

        errors.Should().Contain(setting, "what one exercise writes into /proc/sys, the next would read");
    }

    // What each of these flags guards against cannot be seen from inside a worker that runs as it should: without
    // --unshare-all it shares the machine's network, without --die-with-parent it outlives a grader that was killed,
    // and without --new-session it can type into the terminal the grader was started from.
    [SkippableFact]
    public void Prepare_EveryWorker_GetsNamespacesOfItsOwnThatEndWithTheGraderAndNoTerminal()
    {
        var sandbox = BubblewrapSandbox.TryCreate(out _);
        Skip.If(sandbox is null, SandboxRequirement.NotInstalled);
        var command = new WorkerCommand("/usr/bin/true", Path.Combine(AppContext.BaseDirectory, "probe"), [],
            new Dictionary<string, string>(), AppContext.BaseDirectory);

        using var launch = sandbox!.Prepare(command);

        var arguments = launch.StartInfo.ArgumentList.ToList();
        arguments.Should().Contain(["--unshare-all", "--die-with-parent", "--new-session"]);
        arguments.IndexOf("--unshare-all").Should().BeLessThan(arguments.IndexOf("/usr/bin/true"), "bubblewrap reads its own options only before the program");
    }

    // tee writes what it reads to every file it is given and names each one it could not open, whatever the others did.
    // Started as the sandbox starts a worker, it is given "exec" (in the private /tmp), the worker's "assembly" (in a
    // read-only folder) and then the files. Returns what it said on stderr.
    private static string WriteInSandbox(string text, params string[] files)
    {
        var sandbox = BubblewrapSandbox.TryCreate(out _);
        Skip.If(sandbox is null, SandboxRequirement.NotInstalled);

        var command = new WorkerCommand("/usr/bin/tee", Path.Combine(AppContext.BaseDirectory, "probe"), files,
            new Dictionary<string, string>(), AppContext.BaseDirectory);
        using var launch = sandbox!.Prepare(command);
        launch.StartInfo.RedirectStandardInput = true;
        using var tee = Process.Start(launch.StartInfo)!;
        tee.StandardInput.Write(text);
        tee.StandardInput.Close();
        var errors = tee.StandardError.ReadToEnd();
        tee.WaitForExit();

        errors.Should().NotContain("exec:", "the private /tmp is writable, so tee itself ran");
        return errors;
    }
}
