using System.Diagnostics;
using Grader.Suites;
using Grader.Worker.Execution;
using ToolCalling.Testing;

namespace Grader.Scoring;

/// <summary>
/// Words a hidden test whose own code broke, in its check or in its act (<see cref="SuiteFault"/>): without a word of
/// where, a maintainer reads a NullReferenceException in a suite as the learner's fault.
/// </summary>
internal static class BrokenSuiteCode
{
    /// <summary>What broke and where, or null when <paramref name="failure"/> looks like a check failing on purpose.</summary>
    /// <param name="showMessage">Whether the exception's own message may be shown: it can hold the test's values.</param>
    public static string? DescribeCheck(HiddenTestInfo test, Exception failure, bool showMessage)
    {
        if (!SuiteFault.IsMistakeInCode(failure))
        {
            return null;
        }

        var frame = new StackTrace(failure, fNeedFileInfo: true).GetFrames()
            .FirstOrDefault(candidate => candidate.GetMethod()?.DeclaringType?.Assembly == test.CheckType.Assembly);
        var place = frame?.GetMethod() is { } method ? SuiteFault.Place(frame, method) : test.Id;
        return $"The check itself broke with {failure.GetType().Name}{Message(failure.Message, showMessage)} in {place}, before it could say what is wrong, if anything. " +
            "The hidden suite needs fixing; tell the instructor.";
    }

    /// <summary>What to say when the worker found that a test's act broke in its own code, at <paramref name="place"/>.</summary>
    public static string DescribeAct(string exceptionType, string? message, string place, bool showMessage) =>
        $"The test's own act broke with {Teaching.ShortTypeName(exceptionType)}{Message(message ?? "", showMessage)} in {place}, " +
        "so the code's work could not be checked. The hidden suite needs fixing; tell the instructor.";

    private static string Message(string message, bool show) => show ? $" ({message.Trim()})" : "";
}
