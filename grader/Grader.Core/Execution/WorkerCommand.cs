namespace Grader.Execution;

/// <summary>Everything needed to start one worker process, before a sandbox wraps it, and the size of its private /tmp if it gets one.</summary>
public sealed record WorkerCommand(
    string DotnetHost,
    string WorkerAssembly,
    IReadOnlyList<string> Arguments,
    IReadOnlyDictionary<string, string> Environment,
    string ScratchDirectory,
    long? TempFolderBytes = null)
{
    public string DotnetRoot => Path.GetDirectoryName(DotnetHost)!;

    public string WorkerDirectory => Path.GetDirectoryName(WorkerAssembly)!;
}
