using Grader.Infrastructure;

namespace Grader.Tests.Files;

public class RealPathTests : IDisposable
{
    private readonly ScratchSpace _scratch = new();

    [SkippableFact]
    public void Of_LinkedFolderPartWayAlongThePath_IsFollowed()
    {
        Skip.If(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        var root = _scratch.NewFolder("grader-realpath-");
        var target = Directory.CreateDirectory(Path.Combine(root, "target")).FullName;
        Directory.CreateDirectory(Path.Combine(root, "inside"));
        Directory.CreateSymbolicLink(Path.Combine(root, "inside", "linked"), target);
        File.CreateSymbolicLink(Path.Combine(root, "inside", "a.cs"), "../inside/linked/b.cs");

        RealPath.Of(Path.Combine(root, "inside", "a.cs")).Should().Be(Path.Combine(Resolved(root), "target", "b.cs"));
    }

    [SkippableFact]
    public void Of_AbsoluteLinkInAChain_IsFollowedToTheEnd()
    {
        Skip.If(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        var root = _scratch.NewFolder("grader-realpath-");
        File.WriteAllText(Path.Combine(root, "end.cs"), "");
        File.CreateSymbolicLink(Path.Combine(root, "middle.cs"), Path.Combine(root, "end.cs"));
        File.CreateSymbolicLink(Path.Combine(root, "start.cs"), "./middle.cs");

        RealPath.Of(Path.Combine(root, "start.cs")).Should().Be(Path.Combine(Resolved(root), "end.cs"));
    }

    [SkippableFact]
    public void Of_FoldersThatLinkToEachOther_IsNull()
    {
        Skip.If(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        var root = _scratch.NewFolder("grader-realpath-");
        Directory.CreateSymbolicLink(Path.Combine(root, "a"), "b");
        Directory.CreateSymbolicLink(Path.Combine(root, "b"), "a");

        RealPath.Of(Path.Combine(root, "a", "file.cs")).Should().BeNull();
    }

    [SkippableFact]
    public void IsInside_ComparesBothPathsWithTheirLinksFollowed()
    {
        Skip.If(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        var root = _scratch.NewFolder("grader-realpath-");
        var real = Directory.CreateDirectory(Path.Combine(root, "real")).FullName;
        Directory.CreateSymbolicLink(Path.Combine(root, "alias"), real);
        Directory.CreateDirectory(Path.Combine(root, "realistic"));

        RealPath.IsInside(Path.Combine(root, "alias", "x.cs"), real).Should().BeTrue();
        RealPath.IsInside(Path.Combine(real, "x.cs"), Path.Combine(root, "alias")).Should().BeTrue();
        RealPath.IsInside(Path.Combine(root, "realistic", "x.cs"), real).Should().BeFalse("a name that only starts the same is another folder");
    }

    // The temporary folder may itself sit behind a link (as /tmp does on macOS).
    private static string Resolved(string path) => RealPath.Of(path)!;

    public void Dispose() => _scratch.Dispose();
}
