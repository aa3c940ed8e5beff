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
}
