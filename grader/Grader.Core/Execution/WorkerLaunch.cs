using System.Diagnostics;

namespace Grader.Execution;

/// <summary>A worker's start as a sandbox prepared it; dispose it once the process has started.</summary>
/// <param name="OpenUntilStarted">What the new process inherits and the grader must not keep open afterwards.</param>
public sealed record WorkerLaunch(ProcessStartInfo StartInfo, IDisposable? OpenUntilStarted = null) : IDisposable
{
    public void Dispose() => OpenUntilStarted?.Dispose();
}
