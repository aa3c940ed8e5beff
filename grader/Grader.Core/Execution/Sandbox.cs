using System.Diagnostics;
using Grader.Infrastructure;

namespace Grader.Execution;

/// <summary>Wraps the start of a worker so that learner code runs with as little reach as the machine allows.</summary>
public abstract class Sandbox
{
    /// <summary>Written in reports: "bwrap" or "none".</summary>
    public abstract string Name { get; }

    /// <summary>How to start the worker that <paramref name="command"/> describes; dispose it once the process has started.</summary>
    public abstract WorkerLaunch Prepare(WorkerCommand command);

    public static Sandbox Resolve(SandboxMode mode, Action<string> warn) => mode switch
    {
        SandboxMode.None => WarnAndRunUnsandboxed("--sandbox none was given", warn),
        SandboxMode.Bwrap => WarnIfProcessesAreAllowed(BubblewrapSandbox.TryCreate(out var reason) ?? throw new UserError(
            $"--sandbox bwrap was asked for, but bubblewrap cannot run here: {reason}. Install it (apt-get install bubblewrap) or use --sandbox none."), warn),
        _ => BubblewrapSandbox.TryCreate(out var reason) is { } bubblewrap ? WarnIfProcessesAreAllowed(bubblewrap, warn) : WarnAndRunUnsandboxed(reason, warn),
    };

    protected static ProcessStartInfo BaseStartInfo(string fileName, WorkerCommand command)
    {
        var info = new ProcessStartInfo(fileName)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = command.ScratchDirectory,
        };
        info.Environment.Clear(); // the grader's environment (CI tokens included) is none of learner code's business
        foreach (var (name, value) in command.Environment)
        {
            info.Environment[name] = value;
        }

        return info;
    }

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
