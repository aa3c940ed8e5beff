namespace Grader.Infrastructure;

/// <summary>
/// A problem with what the user asked for or gave us (a path, an option, a file). The CLI prints its
/// message as is, without a stack trace, and exits with code 1. Say what was wrong, where, and what to do.
/// </summary>
public sealed class UserError(string message) : Exception(message);
