namespace Grader.Infrastructure;

/// <summary>
/// A problem with what the user asked for or gave us (a path, an option, a file). The CLI prints its
/// message as is, without a stack trace, and exits with code 1. Say what was wrong, where, and what to do.
/// </summary>
public sealed class UserError : Exception
{
    public UserError(string message)
        : base(message)
    {
    }

    /// <param name="message">What to tell the user.</param>
    /// <param name="cause">The failure of the machine's own that the message explains.</param>
    public UserError(string message, Exception cause)
        : base(message, cause)
    {
    }
}
