using System.Runtime.InteropServices;

namespace Grader.Cli;

/// <summary>
/// Turns Ctrl-C, or a job runner's SIGTERM, into a cancellation that lets a batch stop cleanly. A command that is still
/// busy a few seconds later, or a second signal from someone who will not wait, ends the process at once: every report
/// is written whole or not at all, so nothing written is lost, and workers die with the grader. This replaces
/// System.CommandLine's own handling, which crashed with a stack trace on the second signal.
/// </summary>
internal sealed class Interruption : IDisposable
{
    public const int ExitCode = 130;

    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(3);

    // Never unregistered: between the command's end and the process's exit, a signal would otherwise meet the default
    // handling and kill the grader with 143, after it had stopped cleanly. A static field keeps them for the whole process.
    private static readonly List<PosixSignalRegistration> Registrations = [];

    private readonly CancellationTokenSource _cancellation = new();
    private int _signals;
    private volatile bool _finished;

    public Interruption() => Registrations.AddRange(new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM }.Select(Register).OfType<PosixSignalRegistration>());

    public CancellationToken Token => _cancellation.Token;

    /// <summary>The command being run, whose name decides what the message says was kept.</summary>
    public string Command { get; set; } = "";

    public string Message => "Interrupted." + WhatIsLeft;

    private string WhatIsLeft => Command switch
    {
        "grade" => " The submission was not graded, and nothing was written.",
        "grade-all" => " Every report already written is complete and kept, but the gradebook was not written: a gradebook.csv " +
            "or mistakes.csv already in the output folder is from an earlier run. To finish, run the same command with --resume.",
        _ => "",
    };

    /// <summary>The command has finished: a signal from now on is absorbed, and the process ends with the command's exit code.</summary>
    public void Dispose() => _finished = true;

    // A platform without the signal simply never sends it.
    private PosixSignalRegistration? Register(PosixSignal signal)
    {
        try
        {
            return PosixSignalRegistration.Create(signal, OnSignal);
        }
        catch (PlatformNotSupportedException)
        {
            return null;
        }
    }

    private void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true;
        if (_finished)
        {
            return;
        }

        if (Interlocked.Increment(ref _signals) > 1)
        {
            Stop("Interrupted again, so the grader stopped at once.");
        }

        // Asynchronously: the signal's thread must not run, or fail in, what cancelling sets off.
        _ = _cancellation.CancelAsync();
        _ = Task.Delay(Grace).ContinueWith(
            _ => Stop($"Interrupted, and the command had not stopped {Grace.TotalSeconds:0} s later, so the grader stopped it."), TaskScheduler.Default);
    }

    private void Stop(string what)
    {
        Console.Error.WriteLine(what + WhatIsLeft);
        Environment.Exit(ExitCode);
    }
}
