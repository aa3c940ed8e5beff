using System.IO.Pipes;

namespace Grader.Execution;

/// <summary>
/// A few bytes that a child process reads from a file descriptor it inherits, as bubblewrap reads its seccomp program.
/// The writing end is closed at once, so the reader finds the end right after the bytes; dispose this once the child
/// has started, to close the grader's copy of the reading end.
/// </summary>
internal sealed class InheritedBytes : IDisposable
{
    private readonly AnonymousPipeServerStream _pipe;

    public InheritedBytes(ReadOnlySpan<byte> bytes)
    {
        // A pipe holds at least 4 KB before a writer waits for its reader; the programs sent this way are far smaller.
        _pipe = new AnonymousPipeServerStream(PipeDirection.Out, HandleInheritability.Inheritable);
        Descriptor = _pipe.GetClientHandleAsString();
        _pipe.Write(bytes);
        // Only the writing end: disposing the stream would close the reading end as well.
        _pipe.SafePipeHandle.Dispose();
    }

    /// <summary>The descriptor's number, the same in the child as here.</summary>
    public string Descriptor { get; }

    public void Dispose()
    {
        _pipe.DisposeLocalCopyOfClientHandle();
        _pipe.Dispose();
    }
}
