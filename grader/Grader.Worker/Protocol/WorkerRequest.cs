namespace Grader.Worker.Protocol;

/// <summary>
/// A message from the grader to a worker, one JSON object per line on the worker's control pipe. <see cref="Key"/>
/// is new for every request, and every event that answers it must carry it back: learner code that writes into
/// the worker's control pipe cannot know it, so the grader can tell the worker's own events from forged ones.
/// </summary>
public sealed record WorkerRequest(
    string Op,
    byte[]? Learner = null,
    byte[]? Act = null,
    IReadOnlyList<string>? Tests = null,
    string? Key = null)
{
    /// <summary>Load the learner and act assemblies into a fresh load context and run the named tests in order.</summary>
    public const string Run = "run";

    /// <summary>Unload the exercise and report whether the worker is still clean enough to reuse.</summary>
    public const string Finish = "finish";

    public const string Exit = "exit";
}
