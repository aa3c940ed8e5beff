using System.Text.Json.Nodes;

namespace Grader.Worker.Protocol;

/// <summary>
/// A message from a worker to the grader. The worker only reports; it never judges. Every event is sealed with the
/// nonce of the request it answers, except <see cref="Fatal"/>, which may come from any thread and only words a crash.
/// </summary>
public sealed record WorkerEvent(
    string Op,
    string? Test = null,
    JsonNode? Value = null,
    string? ExceptionType = null,
    string? ExceptionMessage = null,
    string? Message = null,
    bool? Clean = null,
    string? ActBrokeAt = null)
{
    public const string Ready = "ready";
    public const string Loaded = "loaded";
    public const string LoadFailed = "load_failed";
    public const string Started = "started";
    public const string Completed = "completed";
    public const string Finished = "finished";
    public const string Hygiene = "hygiene";
    public const string Fatal = "fatal";

    /// <summary>What a <see cref="Fatal"/> event says happened, before the exception's own words, which the grader may not show.</summary>
    public const string EscapedException = "an exception escaped the test on another thread";
}
