using System.Diagnostics;

namespace ToolCalling.Testing;

/// <summary>
/// Where an exception was thrown, as a learner can find it: the file and line of the innermost frame that has source.
/// A test that catches an exception to explain it shows no stack trace of that exception, only its own.
/// </summary>
internal static class ThrowSite
{
    /// <summary>"ToolDispatcher.cs, line 10", or null when no frame outside this library has a source file (a build without symbols).</summary>
    public static string? Of(Exception exception)
    {
        var frame = new StackTrace(exception, fNeedFileInfo: true).GetFrames()
            .FirstOrDefault(frame => frame.GetFileName() is { Length: > 0 } && frame.GetMethod()?.DeclaringType?.Assembly != typeof(ThrowSite).Assembly);
        return frame is null ? null : $"{Path.GetFileName(frame.GetFileName())}, line {frame.GetFileLineNumber()}";
    }
}
