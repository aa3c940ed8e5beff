namespace Grader.Tests.Cli;

/// <summary>What export-student tells the host about the network the edition will need.</summary>
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

    public void Dispose() => _scratch.Dispose();
}
