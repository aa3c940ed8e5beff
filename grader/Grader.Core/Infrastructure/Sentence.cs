namespace Grader.Infrastructure;

/// <summary>
/// Messages of the system (such as "No space left on device") end without a full stop; joined into one of ours, they
/// would run on into the next sentence.
/// </summary>
internal static class Sentence
{
    /// <summary>The message, trimmed, with a full stop at its end if it had none.</summary>
    public static string Of(string message)
    {
        var trimmed = message.TrimEnd();
        return trimmed.EndsWith('.') ? trimmed : trimmed + ".";
    }
}
