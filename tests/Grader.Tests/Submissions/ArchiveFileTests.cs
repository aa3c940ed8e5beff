using Grader.Submissions;

namespace Grader.Tests.Submissions;

public class ArchiveFileTests : IDisposable
{
    private readonly ScratchSpace _scratch = new();

    [Fact]
    public void OnlyOneIn_OneArchive_NamesIt()
    {
        var folder = _scratch.NewFolder("grader-archives-");
        File.WriteAllText(Path.Combine(folder, "week1.zip"), "");

        ArchiveFile.OnlyOneIn(folder).Should().Be("week1.zip");
    }

    [Fact]
    public void OnlyOneIn_TwoArchives_NamesNeither()
    {
        var folder = _scratch.NewFolder("grader-archives-");
        File.WriteAllText(Path.Combine(folder, "week1.zip"), "");
        File.WriteAllText(Path.Combine(folder, "week2.tar.gz"), "");

        ArchiveFile.OnlyOneIn(folder).Should().BeNull("the advice to unpack the archive there fits only when there is one");
    }

    public void Dispose() => _scratch.Dispose();
}
