namespace Grader.Worker.Protocol;

/// <summary>
/// A message from the grader to a worker, one JSON object per line on the worker's control pipe. Each request has a
/// nonce of its own, and the worker seals every event that answers it with that nonce (see <see cref="EventSeal"/>).
/// </summary>
public sealed record WorkerRequest(
    string Op,
    byte[]? Learner = null,
    byte[]? Act = null,
    IReadOnlyList<string>? Tests = null,
    string? Nonce = null,
    string? Secret = null,
    string? Exercise = null,
    byte[]? ActsBeneath = null)
{
    /// <summary>The first request: the secret that seals the worker's events, in hexadecimal, sent before any learner code is loaded.</summary>
    public const string Start = "start";

    /// <summary>
    /// Load the learner and act assemblies into a fresh load context, kept under the name in <see cref="Exercise"/>, and
    /// run the named tests in order. The act assembly's own references among the acts (the visible tests' acts, which hold
    /// the suite's helpers, for the other tests' acts) come in <see cref="ActsBeneath"/> and are loaded before it.
    /// </summary>
    public const string Run = "run";

    /// <summary>
    /// Load another act assembly (one of another name) beside the learner and act assemblies that the <see cref="Run"/> of
    /// the same <see cref="Exercise"/> loaded, and run the named tests in order. The learner's code stays as it is, static
    /// state included, and so do the acts already loaded, which the new one may build on.
    /// </summary>
    public const string Continue = "continue";

    /// <summary>
    /// Keep the exercise loaded for a later <see cref="Continue"/>, and report whether nothing of it is still going on
    /// (threads, timers, queued work, files) that could reach the tests of the exercises run meanwhile.
    /// </summary>
    public const string Pause = "pause";

    /// <summary>Unload the exercise and report whether the worker is still clean enough to reuse.</summary>
    public const string Finish = "finish";
}
