using System.Diagnostics;

namespace Grader.Benchmarks;

/// <summary>Runs the grader CLI as its users do, and times it from outside: start-up included.</summary>
internal sealed class GraderProcess
{
    private readonly string _grader = Path.Combine(AppContext.BaseDirectory, "grader.dll");

    public Timing Time(params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(_grader);
        arguments.ToList().ForEach(info.ArgumentList.Add);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        using var cpu = ProcessTreeCpu.Watch(process.Id);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        clock.Stop();
        return process.ExitCode == 0
            ? new Timing(clock.Elapsed, cpu?.Stop())
            : throw new StepFailedException($"grader {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{output.Result}\n{errors.Result}");
    }
}

/// <summary>Wall time, and the processor time the grader and its workers used, where the platform tells.</summary>
internal sealed record Timing(TimeSpan Wall, ProcessorTime? Cpu);
