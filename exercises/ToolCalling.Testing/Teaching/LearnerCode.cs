using FluentAssertions.Execution;

namespace ToolCalling.Testing;

/// <summary>
/// Runs the code under test. A <see cref="NotImplementedException"/> passes through untouched, because its
/// message already says what to build; any other exception fails the test with a hint about the likely mistake.
/// </summary>
public static class LearnerCode
{
    public static T Run<T>(string member, Func<T> call, string? likelyMistake = null)
    {
        try
        {
            return call();
        }
        catch (NotImplementedException)
        {
            throw;
        }
        catch (Exception thrown) when (thrown is not AssertionFailedException)
        {
            var exception = thrown is TypeInitializationException { InnerException: { } inner } ? inner : thrown;
            Execute.Assertion.FailWith(Teaching.Literal(
                DescribeFailure(member, exception.GetType().FullName!, exception.Message, likelyMistake)));
            throw; // not reached: FailWith throws
        }
    }

    /// <summary>"DispatchToolCall threw KeyNotFoundException: ..." followed by the likely mistake, when one is known.</summary>
    public static string DescribeFailure(string member, string exceptionType, string message, string? likelyMistake)
    {
        var shortType = exceptionType[(exceptionType.LastIndexOf('.') + 1)..];
        var hint = likelyMistake ?? (LooksLikeUnparsedArguments(shortType, message) ? CommonMistakes.ArgumentsNotParsed : null);
        return $"{member} threw {shortType}: {message}{(hint is null ? "" : "\n" + hint)}";
    }

    // What JsonElement says when a function reads properties from a string: the arguments text was passed on unparsed.
    private static bool LooksLikeUnparsedArguments(string exceptionType, string message) =>
        exceptionType == nameof(InvalidOperationException)
        && message.Contains("type 'Object'", StringComparison.Ordinal)
        && message.Contains("type 'String'", StringComparison.Ordinal);
}
