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
        catch (Exception exception) when (exception is not AssertionFailedException)
        {
            var hint = likelyMistake is null ? "" : "\n" + likelyMistake;
            Execute.Assertion.FailWith(Teaching.Literal(
                $"{member} threw {exception.GetType().Name}: {exception.Message}{hint}"));
            throw; // not reached: FailWith throws
        }
    }
}
