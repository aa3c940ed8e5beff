using System.Diagnostics;

namespace ToolCalling.Testing;

/// <summary>
/// Where an exception was thrown, as a learner can find it: the file and line of the innermost frame that has source.
/// A test that catches an exception to explain it shows no stack trace of that exception, only its own.
/// </summary>
internal static class ThrowSite
{
    /// <summary>
    /// "ToolDispatcher.cs, line 10", or null when no frame outside this library has a source file (a build without symbols).
    /// When a function of the test that is running threw, called by the learner's code (a tool the test made fail, say), it
    /// also names the line of that code which called it: the test's own line alone sends the learner looking for the fault
    /// in the test.
    /// </summary>
    public static string? Of(Exception exception)
    {
        var frames = WithSource(new StackTrace(exception, fNeedFileInfo: true));
        if (frames.Count == 0)
        {
            return null;
        }

        var innermost = frames[0];
        var caller = innermost.GetFileName() == RunningTestFile() ? frames.FirstOrDefault(frame => frame.GetFileName() != innermost.GetFileName()) : null;
        return caller is null ? Describe(innermost) : $"{Describe(innermost)}, in a function the test gave your code, called from {Describe(caller)}";
    }

    // The file of the test that asked for the explanation, when it is still on the stack (code that resumed after an await
    // runs without it).
    private static string? RunningTestFile() => WithSource(new StackTrace(fNeedFileInfo: true)).FirstOrDefault()?.GetFileName();

    private static List<StackFrame> WithSource(StackTrace trace) =>
        [.. trace.GetFrames().Where(frame => frame.GetFileName() is { Length: > 0 } && frame.GetMethod()?.DeclaringType?.Assembly != typeof(ThrowSite).Assembly)];

    private static string Describe(StackFrame frame) => $"{Path.GetFileName(frame.GetFileName())}, line {frame.GetFileLineNumber()}";
}
