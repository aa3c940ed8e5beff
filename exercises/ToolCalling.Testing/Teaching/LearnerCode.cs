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
            var hint = likelyMistake ?? (LooksLikeUnparsedArguments(exception) ? CommonMistakes.ArgumentsNotParsed : null);
            Execute.Assertion.FailWith(Teaching.Literal(
                $"{member} threw {exception.GetType().Name}: {exception.Message}{(hint is null ? "" : "\n" + hint)}"));
            throw; // not reached: FailWith throws
        }
    }

    // What JsonElement says when a function reads properties from a string: the arguments text was passed on unparsed.
    private static bool LooksLikeUnparsedArguments(Exception exception) =>
        exception is InvalidOperationException
        && exception.Message.Contains("type 'Object'", StringComparison.Ordinal)
        && exception.Message.Contains("type 'String'", StringComparison.Ordinal);
}
