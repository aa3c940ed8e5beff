namespace Grader.Execution;

/// <summary>
/// An event on a worker's control channel that the worker did not send: it lacks the seal of the request it claims to
/// answer, or reports a test that is not running. Only learner code writing into the channel produces one.
/// </summary>
internal sealed class ForgedEventException(string message) : Exception(message);
