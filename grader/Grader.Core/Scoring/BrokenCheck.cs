using System.Diagnostics;
using Grader.Suites;

namespace Grader.Scoring;

/// <summary>
/// Tells a check that found the code wanting from a check that broke. Checks fail on purpose with an assertion or
/// an exception of their own; a NullReferenceException and the like come from a mistake in the suite, and without
/// a word of where, a maintainer reads it as the learner's fault.
/// </summary>
internal static class BrokenCheck
{
    private static readonly Type[] MistakesInCode =
    [
        typeof(NullReferenceException), typeof(InvalidCastException), typeof(IndexOutOfRangeException),
        typeof(ArgumentException), typeof(KeyNotFoundException), typeof(NotImplementedException),
    ];

    /// <summary>What broke and where, or null when <paramref name="failure"/> looks like a check failing on purpose.</summary>
    /// <param name="showMessage">Whether the exception's own message may be shown: it can hold the test's values.</param>
    public static string? Describe(HiddenTestInfo test, Exception failure, bool showMessage)
    {
        if (!MistakesInCode.Any(type => type.IsInstanceOfType(failure)))
        {
            return null;
        }

        var frame = new StackTrace(failure, fNeedFileInfo: true).GetFrames()
            .FirstOrDefault(candidate => candidate.GetMethod()?.DeclaringType?.Assembly == test.CheckType.Assembly);
        var place = frame?.GetMethod() is { } method ? $"{method.DeclaringType!.FullName}.{method.Name}{Line(frame)}" : test.Id;
        var message = showMessage ? $" ({failure.Message.Trim()})" : "";
        return $"The check itself broke with {failure.GetType().Name}{message} in {place}, before it could say what is wrong, if anything. " +
            "The hidden suite needs fixing; tell the instructor.";
    }

    // The suite's folder and file, not the whole path: the message reaches students, and the path names the instructor's machine.
    private static string Line(StackFrame frame) => frame.GetFileName() is { Length: > 0 } file && frame.GetFileLineNumber() > 0
        ? $" ({Path.GetFileName(Path.GetDirectoryName(file))}/{Path.GetFileName(file)}:{frame.GetFileLineNumber()})"
        : "";
}
