using System.Diagnostics;
using Grader.Infrastructure;

namespace Grader.Execution;

/// <summary>Wraps the start of a worker so that learner code runs with as little reach as the machine allows.</summary>
public abstract class Sandbox
{
    // Ctrl-C in a terminal, and `timeout` or a CI runner stopping a job, signal the whole foreground process group.
    // A worker in the grader's group would die of the same signal the grader is still handling, and its death would
    // be recorded as the grader's own failure. setsid starts each worker in a session of its own (it replaces itself
    // with the worker, so the process id stays the same); the grader then stops its workers itself.
    private static readonly string? SessionStarter = OperatingSystem.IsLinux()
        ? new[] { "/usr/bin/setsid", "/bin/setsid" }.FirstOrDefault(File.Exists)
        : null;

    /// <summary>Written in reports: "bwrap" or "none".</summary>
    public abstract string Name { get; }

    /// <summary>How to start the worker that <paramref name="command"/> describes; dispose it once the process has started.</summary>
    public abstract WorkerLaunch Prepare(WorkerCommand command);

    public static Sandbox Resolve(SandboxMode mode, Action<string> warn) => mode switch
    {
        SandboxMode.None => WarnAndRunUnsandboxed("--sandbox none was given", warn),
        SandboxMode.Bwrap => WarnIfProcessesAreAllowed(BubblewrapSandbox.TryCreate(out var reason) ?? throw new UserError(
            $"--sandbox bwrap was asked for, but bubblewrap cannot run here: {reason}. --sandbox none grades without it."), warn),
        _ => BubblewrapSandbox.TryCreate(out var reason) is { } bubblewrap ? WarnIfProcessesAreAllowed(bubblewrap, warn) : WarnAndRunUnsandboxed(reason, warn),
    };

    protected static ProcessStartInfo BaseStartInfo(string fileName, WorkerCommand command)
    {
        var info = new ProcessStartInfo(SessionStarter ?? fileName)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = command.ScratchDirectory,
        };
        if (SessionStarter is not null)
        {
            info.ArgumentList.Add(OnSearchPath(fileName));
        }

        info.Environment.Clear(); // the grader's environment (CI tokens included) is none of learner code's business
        foreach (var (name, value) in command.Environment)
        {
            info.Environment[name] = value;
        }

        return info;
    }

    // Found as the grader itself would find it: setsid searches the worker's own, shorter PATH.
    private static string OnSearchPath(string program) =>
        Path.IsPathRooted(program)
            ? program
            : (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Select(folder => Path.Combine(folder, program))
                .FirstOrDefault(File.Exists) ?? program;

    private static BubblewrapSandbox WarnIfProcessesAreAllowed(BubblewrapSandbox sandbox, Action<string> warn)
    {
        if (!sandbox.BlocksNewProcesses)
        {
            warn("Learner code may start processes under this bubblewrap: there is no process filter for this processor, or the " +
                "kernel refused it. A fork bomb could then take every process id of the machine before the thread limit stops it.");
        }

        return sandbox;
    }

    private static NoSandbox WarnAndRunUnsandboxed(string reason, Action<string> warn)
    {
        warn($"Running learner code without a sandbox: {reason}. It can read and write what you can, the grader's own files " +
            "included; grade untrusted code with bubblewrap.");
        return new NoSandbox();
    }
}
