namespace Grader.Tests.Cli;

/// <summary><c>export-student</c> run as a process: the folder it refuses, and what it tells the host about the network the edition will need.</summary>
public class ExportStudentCommandTests : IDisposable
{
    private readonly ScratchSpace _scratch = new();

    [Fact]
    public async Task ExportStudent_WithoutPackages_SaysTheFirstTestRunNeedsTheNetworkAndHowToAvoidIt()
    {
        var folder = Path.Combine(_scratch.NewFolder("grader-export-"), "edition");

        var result = await GraderCli.RunAsync("export-student", folder);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("a learner's first `dotnet test` downloads them and needs the network")
            .And.Contain("export with --with-packages");
        Directory.Exists(Path.Combine(folder, "packages")).Should().BeFalse();
    }

    [Fact]
    public async Task ExportStudent_IntoANonEmptyFolder_RefusesAndTouchesNothing()
    {
        var folder = _scratch.NewFolder("grader-export-");
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "my work");

        var result = await GraderCli.RunAsync("export-student", folder);

        result.ExitCode.Should().Be(1);
        result.Errors.Should().Contain("is not empty");
        Directory.EnumerateFileSystemEntries(folder).Should().ContainSingle();
    }

    [Fact]
    public async Task ExportStudent_WithPackages_SaysHowManyAndWritesTheConfigThatUsesThem()
    {
        var folder = Path.Combine(_scratch.NewFolder("grader-export-"), "edition");

        var result = await GraderCli.RunAsync("export-student", folder, "--with-packages");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().MatchRegex(@"With \d+ NuGet packages in packages/: it restores and builds with no network\.")
            .And.NotContain("needs the network", "this edition needs none");
        File.ReadAllText(Path.Combine(folder, "nuget.config")).Should().Contain("value=\"packages\"");
        Directory.EnumerateFiles(Path.Combine(folder, "packages"), "*.nupkg", SearchOption.AllDirectories).Should().NotBeEmpty();
    }

    public void Dispose() => _scratch.Dispose();
}
