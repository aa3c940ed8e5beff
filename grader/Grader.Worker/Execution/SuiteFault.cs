using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;

namespace Grader.Worker.Execution;

/// <summary>
/// Tells a suite's own code breaking from a test finding fault with learner code. A test fails on purpose with an
/// assertion or an exception of its own; a NullReferenceException and the like, thrown where the suite's code ran, come
/// from a mistake in the suite, and a maintainer who read them as the learner's would look for the bug in the wrong place.
/// </summary>
public static class SuiteFault
{
    private static readonly Type[] MistakesInCode =
    [
        typeof(NullReferenceException), typeof(InvalidCastException), typeof(IndexOutOfRangeException),
        typeof(ArgumentException), typeof(KeyNotFoundException), typeof(NotImplementedException),
    ];

    // What the runtime throws by itself where code goes wrong. Acts also throw a KeyNotFoundException or an
    // ArgumentException on purpose, to say what the learner's code lacks, so only these mark an act as broken.
    private static readonly Type[] RaisedByTheRuntime = [typeof(NullReferenceException), typeof(InvalidCastException), typeof(IndexOutOfRangeException)];

    public static bool IsMistakeInCode(Exception exception) => MistakesInCode.Any(type => type.IsInstanceOfType(exception));

    /// <summary>"Namespace.Type.Method (suite-folder/File.cs:12)", the file and line when the assembly carries them.</summary>
    public static string Place(StackFrame frame, MethodBase method) => $"{method.DeclaringType!.FullName}.{method.Name}{Line(frame)}";

    /// <summary>
    /// Where an act broke, when the runtime raised <paramref name="exception"/> (a NullReferenceException, say) in the
    /// suite's own code with no learner code on the stack; otherwise null. An exception that passed through learner code
    /// is the learner's, even when a tool of the suite's threw it: the code called that tool.
    /// </summary>
    /// <param name="isAct">Whether an assembly is one of the suite's acts (the test's own, or one it builds on).</param>
    internal static string? InAct(Exception exception, Func<Assembly, bool> isAct)
    {
        if (!RaisedByTheRuntime.Contains(exception.GetType()))
        {
            return null;
        }

        var frames = new StackTrace(exception).GetFrames();
        // A failed cast is raised in the runtime's cast helpers; anything else must be raised in the act's own frame. An
        // exception rethrown there (a faulted task awaited) was raised elsewhere, perhaps made by learner code.
        var thrownAt = Array.FindIndex(frames, frame => frame.GetMethod()?.DeclaringType?.FullName != "System.Runtime.CompilerServices.CastHelpers");
        if (thrownAt < 0 || frames[thrownAt].GetMethod()?.DeclaringType?.Assembly is not { } thrower || !isAct(thrower))
        {
            return null;
        }

        // Learner code anywhere on the stack, or code made at run time that could be the learner's, makes it the code's.
        var exercise = AssemblyLoadContext.GetLoadContext(thrower);
        if (frames.Any(frame => frame.GetMethod()?.DeclaringType?.Assembly is not { } assembly
            || (!isAct(assembly) && AssemblyLoadContext.GetLoadContext(assembly) == exercise)))
        {
            return null;
        }

        var frame = new StackTrace(exception, fNeedFileInfo: true).GetFrame(thrownAt)!;
        return Place(frame, frame.GetMethod()!);
    }

    // The suite's folder and file, not the whole path: the message reaches students, and the path names the instructor's machine.
    private static string Line(StackFrame frame) => frame.GetFileName() is { Length: > 0 } file && frame.GetFileLineNumber() > 0
        ? $" ({Path.GetFileName(Path.GetDirectoryName(file))}/{Path.GetFileName(file)}:{frame.GetFileLineNumber()})"
        : "";
}
