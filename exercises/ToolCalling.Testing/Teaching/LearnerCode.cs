using FluentAssertions.Execution;

namespace ToolCalling.Testing;

/// <summary>
/// Runs the code under test. A <see cref="NotImplementedException"/> passes through untouched, because its
/// message already says what to build; any other exception fails the test with a hint about the likely mistake.
/// </summary>
public static class LearnerCode
{
    public static T Run<T>(string member, Func<T> call, string? likelyMistake = null) => Run(member, call, _ => likelyMistake);

    /// <summary>Like the other overload, with a hint chosen from what was thrown, for when several mistakes end in an exception.</summary>
    public static T Run<T>(string member, Func<T> call, Func<Exception, string?> likelyMistake)
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
            Fail(member, thrown, likelyMistake);
            throw; // not reached: Fail throws
        }
    }

    /// <summary>
    /// Awaits a tool-calling loop. <paramref name="likelyMistake"/> is shown for anything it throws except an error of
    /// the mock API, which already ends with the hint that fits it.
    /// </summary>
    public static Task<T> RunAsync<T>(string member, Func<Task<T>> call, string? likelyMistake = null) =>
        RunAsync(member, call, thrown => HintFor(thrown.GetType().FullName!, likelyMistake));

    /// <summary>Like the other overload, with a hint chosen from what was thrown.</summary>
    public static async Task<T> RunAsync<T>(string member, Func<Task<T>> call, Func<Exception, string?> likelyMistake)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (NotImplementedException)
        {
            throw;
        }
        catch (Exception thrown) when (thrown is not AssertionFailedException)
        {
            Fail(member, thrown, likelyMistake);
            throw; // not reached: Fail throws
        }
    }

    /// <summary>
    /// How a call ended, for tests where an exception is the right outcome: its result, or what it threw.
    /// A <see cref="NotImplementedException"/> passes through, so a starter fails with its own message.
    /// </summary>
    public static async Task<(T? Result, Exception? Thrown)> OutcomeAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return (await call().ConfigureAwait(false), null);
        }
        catch (Exception thrown) when (thrown is not NotImplementedException)
        {
            return (default, thrown);
        }
    }

    /// <summary>
    /// The hint to show beside an exception of the type named: none for an error of the mock API or a response a mock
    /// model refused, whose messages end with their own, so that a learner reads one hint rather than two that disagree.
    /// A test's hint is about code that threw, and neither of those is.
    /// </summary>
    public static string? HintFor(string exceptionType, string? likelyMistake) =>
        exceptionType == typeof(ChatApiException).FullName || exceptionType == typeof(MockResponseRefusedException).FullName ? null : likelyMistake;

    /// <summary>
    /// "DispatchToolCall threw KeyNotFoundException: ...", then where it was thrown when that is known, then the likely
    /// mistake, when one is known.
    /// </summary>
    public static string DescribeFailure(string member, string exceptionType, string message, string? likelyMistake, string? thrownAt = null)
    {
        var shortType = Teaching.ShortTypeName(exceptionType);
        var hint = NamedHints.Name(likelyMistake ?? (LooksLikeUnparsedArguments(shortType, message) ? CommonMistakes.ArgumentsNotParsed : null));
        var where = thrownAt is null ? "" : $"\n  Thrown at {thrownAt}.";
        return $"{member} threw {shortType}: {message}{where}{(hint is null ? "" : "\n" + hint)}";
    }

    private static void Fail(string member, Exception thrown, Func<Exception, string?> likelyMistake)
    {
        var exception = Unwrap(thrown);
        var hint = likelyMistake(exception);
        Execute.Assertion.FailWith(Teaching.Literal(
            DescribeFailure(member, exception.GetType().FullName!, MessageWithoutReplacedHint(exception, hint), hint, ThrownAt(exception))));
    }

    // As the grader's worker does: the exception that a static constructor threw, or that a task blocked on with .Result threw.
    private static Exception Unwrap(Exception thrown) => thrown switch
    {
        TypeInitializationException { InnerException: { } inner } => inner,
        AggregateException { InnerExceptions.Count: 1 } aggregate => aggregate.InnerExceptions[0],
        _ => thrown,
    };

    // The mock API's errors and refusals are thrown by this library, in answer to the request; where is of no use to the learner.
    private static string? ThrownAt(Exception exception) => exception is ChatApiException or MockResponseRefusedException ? null : ThrowSite.Of(exception);

    // An error of the mock API ends with a hint of its own. A test that gives a hint for it knows more about the exercise,
    // so its hint takes that place: a learner reads one hint rather than two that disagree.
    private static string MessageWithoutReplacedHint(Exception exception, string? hint) =>
        hint is not null && exception is ChatApiException api ? api.ApiMessage : exception.Message;

    // What JsonElement says when a function reads properties from a string: the arguments text was passed on unparsed.
    private static bool LooksLikeUnparsedArguments(string exceptionType, string message) =>
        exceptionType == nameof(InvalidOperationException)
        && message.Contains("type 'Object'", StringComparison.Ordinal)
        && message.Contains("type 'String'", StringComparison.Ordinal);
}
