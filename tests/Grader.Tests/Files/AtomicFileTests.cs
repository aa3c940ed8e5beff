using Grader.Infrastructure;

namespace Grader.Tests.Files;

public sealed class AtomicFileTests : IDisposable
{
    private readonly ScratchSpace _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void Write_ThroughALinkTheUserMade_ReplacesTheFileItLeadsToAndKeepsTheLink()
    {
        var shared = _scratch.NewFolder("grader-shared-");
        var target = Path.Combine(shared, "results.json");
        File.WriteAllText(target, "old");
        var link = Path.Combine(_scratch.NewFolder("grader-output-"), "results.json");
        File.CreateSymbolicLink(link, target);

        AtomicFile.Write(link, output => output.Write("new"));

        new FileInfo(link).LinkTarget.Should().Be(target, "the user's link stays where they put it");
        File.ReadAllText(target).Should().Be("new");
        Directory.EnumerateFiles(shared).Should().Equal([target], "no temporary file is left beside the target");
    }

    [SkippableFact]
    public void Write_ToAFullDevice_SaysWhyWithoutNamingThePathTwice()
    {
        Skip.IfNot(File.Exists("/dev/full"), "needs /dev/full, a device that is always full");

        var write = () => AtomicFile.Write("/dev/full", output => output.Write(new string('x', 100_000)));

        write.Should().Throw<UserError>().Which.Message.Should().Be("Cannot write /dev/full: No space left on device");
    }

    [Fact]
    public void Write_ThroughALinkThatLeadsNowhereYet_CreatesTheFileItNames()
    {
        var target = Path.Combine(_scratch.NewFolder("grader-shared-"), "gradebook.csv");
        var link = Path.Combine(_scratch.NewFolder("grader-output-"), "gradebook.csv");
        File.CreateSymbolicLink(link, target);

        AtomicFile.Write(link, output => output.Write("name,total"));

        File.ReadAllText(target).Should().Be("name,total");
        new FileInfo(link).LinkTarget.Should().Be(target);
    }

    [Fact]
    public void Write_LoopOfLinks_ReplacesTheLinkWithTheFile()
    {
        var folder = _scratch.NewFolder("grader-output-");
        var first = Path.Combine(folder, "a.json");
        var second = Path.Combine(folder, "b.json");
        File.CreateSymbolicLink(first, second);
        File.CreateSymbolicLink(second, first);

        AtomicFile.Write(first, output => output.Write("{}"));

        File.ReadAllText(first).Should().Be("{}");
    }
}
