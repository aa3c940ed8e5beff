using System.IO.Pipes;
using System.Net.Sockets;
using Grader.Worker.Execution;

namespace Grader.Tests.Execution;

// The margins cover what little of other tests' pipes may still be closing.
[Collection(ProcessWideState.Name)]
public class OpenDescriptorsTests
{
    private const int Many = 40;
    private const int Margin = 15;

    [SkippableFact]
    public void PipesAndSockets_PipesAndSocketsOpened_AreCountedUntilClosed()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "descriptors are read from /proc");
        var before = OpenDescriptors.PipesAndSockets();

        var pipes = Enumerable.Range(0, Many / 2).Select(_ => new AnonymousPipeServerStream(PipeDirection.Out)).ToList();
        var sockets = Enumerable.Range(0, Many / 2).Select(_ => new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified)).ToList();
        var open = OpenDescriptors.PipesAndSockets();
        pipes.ForEach(pipe => pipe.Dispose());
        sockets.ForEach(socket => socket.Dispose());
        var after = OpenDescriptors.PipesAndSockets();

        // Each anonymous pipe holds two descriptors: its own end and the one meant for a child.
        open.Should().BeGreaterThanOrEqualTo(before + Many + (Many / 2) - Margin);
        after.Should().BeLessThanOrEqualTo(open - Many - (Many / 2) + Margin);
    }

    [SkippableFact]
    public void PipesAndSockets_OrdinaryFilesAndFolders_AreNotCounted()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "descriptors are read from /proc");
        var before = OpenDescriptors.PipesAndSockets();

        var files = Enumerable.Range(0, Many).Select(_ => File.OpenRead(typeof(OpenDescriptorsTests).Assembly.Location)).ToList();
        var during = OpenDescriptors.PipesAndSockets();
        files.ForEach(file => file.Dispose());

        during.Should().BeLessThan(before + Many - Margin);
    }
}
