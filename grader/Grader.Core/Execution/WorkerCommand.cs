namespace Grader.Execution;

/// <summary>Everything needed to start one worker process, before a sandbox wraps it.</summary>
public sealed record WorkerCommand(
    string DotnetHost,
    string WorkerAssembly,
    IReadOnlyList<string> Arguments,
    IReadOnlyDictionary<string, string> Environment,
    string ScratchDirectory)
{
    public string DotnetRoot => Path.GetDirectoryName(DotnetHost)!;

    public string WorkerDirectory => Path.GetDirectoryName(WorkerAssembly)!;
}
