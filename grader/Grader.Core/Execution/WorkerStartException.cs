namespace Grader.Execution;

/// <summary>The grader's own machinery failed (a worker would not start); never the learner's fault, never a score.</summary>
public sealed class WorkerStartException(string message) : Exception(message);
